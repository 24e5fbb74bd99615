// Shared setup for the browser journeys: the app and sandbox URLs, a network guard
// (map tiles answered with a blank tile, external links with a stand-in page, anything
// else non-local blocked), sign-in through the sandbox's consent page, and screenshots.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { resetSandboxKnobs as resetKnobsAt, setSandboxKnobs as setKnobsAt } from "../../tests/helpers/sandbox-admin";

export const APP_URL = process.env.E2E_BASE_URL ?? "";
export const SANDBOX_URL = (process.env.E2E_SANDBOX_URL ?? "").replace(/\/+$/, "");
if (!APP_URL || !SANDBOX_URL) {
  throw new Error("Set E2E_BASE_URL (the app) and E2E_SANDBOX_URL (the sandbox); `npm test` does this for you.");
}

/** One app and the sandbox it talks to. */
export interface StackUrls {
  app: string;
  sandbox: string;
}

/** The stack with full Spotify access and a Bandsintown key (E2E_BASE_URL, E2E_SANDBOX_URL): every spec's default. */
export const MAIN_STACK: StackUrls = { app: APP_URL, sandbox: SANDBOX_URL };

/**
 * The "new-app" stack: a Spotify app registered today (development mode), no Bandsintown key,
 * Ticketmaster, Deezer and ReccoBeats. Only specs about it need it; they call this at load time,
 * so a run without it fails with this message instead of skipping them.
 */
export function newAppStack(): StackUrls {
  const app = process.env.E2E_NEW_APP_BASE_URL ?? "";
  const sandbox = (process.env.E2E_NEW_APP_SANDBOX_URL ?? "").replace(/\/+$/, "");
  if (!app || !sandbox) {
    throw new Error(
      "Set E2E_NEW_APP_BASE_URL (the app as a Spotify app registered today sees it) and E2E_NEW_APP_SANDBOX_URL (its sandbox); " +
        "`npm test` starts that stack and does this for you (scripts/stack.ts, profile \"new-app\").",
    );
  }
  return { app, sandbox };
}

const KNOWN_ORIGINS = [APP_URL, SANDBOX_URL, process.env.E2E_NEW_APP_BASE_URL, process.env.E2E_NEW_APP_SANDBOX_URL]
  .filter((u): u is string => !!u)
  .map((u) => new URL(u).origin);

const BLANK_TILE = readFileSync(path.join(__dirname, "blank-tile.png"));
const SCREENS = path.join(process.cwd(), "test-results", "screens");

/** External pages we link to (tickets, event pages) answered with a local stand-in page. */
const STAND_IN_HOSTS = /(^|\.)bandsintown\.com$|(^|\.)spotify\.com$|(^|\.)ticketmaster\.[a-z.]+$|(^|\.)livenation\.[a-z.]+$/;

export interface NetworkLog {
  blocked: string[];
}

export async function guardNetwork(context: BrowserContext): Promise<NetworkLog> {
  const log: NetworkLog = { blocked: [] };
  const local = new Set(KNOWN_ORIGINS);
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (local.has(url.origin) || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    if (/(^|\.)tile\.openstreetmap\.org$/.test(url.hostname)) {
      return route.fulfill({ status: 200, contentType: "image/png", body: BLANK_TILE });
    }
    if (STAND_IN_HOSTS.test(url.hostname) && route.request().resourceType() === "document") {
      return route.fulfill({
        status: 200,
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><title>Stand-in</title><h1>Stand-in for ${url.hostname}</h1></html>`,
      });
    }
    log.blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  return log;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  const project = base.info().project.name;
  await page.screenshot({ path: path.join(SCREENS, `${project}-${name}.png`), fullPage: true });
}

/**
 * Landing → consent panel → sandbox authorize page (pick a listener, Agree) → discover. On another
 * stack than the main one, pass it (and `test.use({ baseURL: stack.app })` in the spec).
 */
export async function signIn(
  page: Page,
  listener = "demo-indie",
  opts: { screenshots?: boolean; stack?: StackUrls } = {},
): Promise<void> {
  const stack = opts.stack ?? MAIN_STACK;
  await page.goto("/");
  await page.getByRole("main").getByRole("button", { name: "Sign in with Spotify" }).click();
  const consent = page.getByRole("dialog", { name: "Connect your Spotify" });
  await expect(consent).toBeVisible();
  await expect(consent).toContainText("top artists and tracks");
  await expect(consent).toContainText("Nothing is stored on our servers");
  if (opts.screenshots) await shot(page, "01-consent");
  await consent.getByRole("button", { name: "Continue with Spotify" }).click();
  await page.waitForURL((u) => u.href.startsWith(stack.sandbox + "/accounts/authorize"));
  await expect(page.getByRole("heading", { name: "Sign in as a demo listener" })).toBeVisible();
  await page.locator(`#listener-${listener}`).check();
  if (opts.screenshots) await shot(page, "02-sandbox-authorize");
  await page.getByRole("button", { name: "Agree" }).click();
  await page.waitForURL((u) => u.href.startsWith(stack.app) && u.pathname === "/discover");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Type into the city search and choose the first suggestion whose name matches. */
export async function chooseCity(page: Page, typed: string, optionName: RegExp): Promise<void> {
  const box = page.getByRole("combobox", { name: "City" });
  await box.fill(typed);
  const option = page.getByRole("option", { name: optionName }).first();
  await expect(option).toBeVisible();
  await option.click();
}

export const setSandboxKnobs = (knobs: Record<string, unknown>, sandboxUrl = SANDBOX_URL) => setKnobsAt(sandboxUrl, knobs);

/** Back to the knobs the sandbox started with (its stack's profile). */
export const resetSandboxKnobs = (sandboxUrl = SANDBOX_URL) => resetKnobsAt(sandboxUrl);

export const test = base.extend<{ network: NetworkLog }>({
  network: [
    async ({ context }, use) => {
      const log = await guardNetwork(context);
      await use(log);
    },
    { auto: true },
  ],
});

export { expect };

/** YYYY-MM-DD, `days` from today. */
export function isoDaysFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A discover URL for a search (the way a shared link looks). */
export function discoverUrl(p: { lat: number; lon: number; place: string; radius: number; from: string; to: string }): string {
  const q = new URLSearchParams({
    lat: String(p.lat),
    lon: String(p.lon),
    place: p.place,
    radius: String(p.radius),
    from: p.from,
    to: p.to,
    top: "5",
    related: "5",
    range: "medium_term",
  });
  return `/discover?${q}`;
}

/** The results are in: the live summary names the mixes (or says nothing was found). */
export async function resultsShown(page: Page, timeout = 60_000): Promise<void> {
  await expect(page.locator('[data-part="summary"]')).toHaveText(/\d+ mix(es)?, \d+ concerts? within|No concerts found/, { timeout });
}

/** The mix filter's chips, one per mix (without "All mixes"). */
export const mixChips = (page: Page) => page.getByRole("group", { name: "Show" }).getByRole("radio", { name: /^(?!All mixes\b)/ });

/** Each mix chip's concert count, in order. */
export const mixCounts = async (page: Page) =>
  (await page.getByRole("group", { name: "Show" }).locator("label").locator('[data-part="concert-count"]').allTextContents()).slice(1).map((t) => Number.parseInt(t, 10));

/** Show one mix's own view: its chip (0-based, "All mixes" not counted). */
export async function chooseMix(page: Page, index: number): Promise<void> {
  await page.getByRole("group", { name: "Show" }).locator("label").nth(index + 1).click();
  await expect(page.locator('[data-part="mix-view"]')).toBeVisible();
}

/** Open the chosen mix's "Why this mix" (its artists). */
export async function openWhyThisMix(page: Page) {
  const view = page.locator('[data-part="mix-view"]');
  await view.locator("summary", { hasText: "Why this mix" }).click();
  return view.getByRole("list", { name: /Why this mix/ });
}
