// Browser journeys in Debian's Chromium. The app and the sandbox are started by
// scripts/test-all.ts (npm test) and passed in: E2E_BASE_URL (app), E2E_SANDBOX_URL (sandbox).
import { defineConfig, devices } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const found = execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim();
    if (found) return found;
  } catch {
    // not on PATH
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const CI = !!process.env.CI;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/artifacts",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: CI ? 1 : 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    video: "off",
    locale: "en-GB",
    timezoneId: "Europe/Amsterdam",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
      testIgnore: [/mobile\.spec\.ts/, /faults\.spec\.ts/],
    },
    {
      name: "mobile-375",
      use: { ...devices["Desktop Chrome"], viewport: { width: 375, height: 812 }, hasTouch: true },
      // The phone journey, and finding a place, the results and a concert's page as a fan does it on a phone too.
      testMatch: /(mobile|place-search|geolocation|results|concert-page)\.spec\.ts/,
    },
    {
      // Sandbox fault knobs are global: these run alone, after everything else.
      name: "faults",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
      testMatch: /faults\.spec\.ts/,
      dependencies: ["desktop", "mobile-375"],
    },
  ],
});
