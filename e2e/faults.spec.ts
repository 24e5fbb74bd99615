// Runs after the other projects (the sandbox's fault knobs are global).
import { discoverUrl, expect, isoDaysFromNow, resetSandboxKnobs, setSandboxKnobs, shot, signIn, test } from "./support/fixtures";

test.afterEach(async () => {
  await resetSandboxKnobs();
});

test("a concert-listing outage shows as a plain-words warning, not a blank page", async ({ page }) => {
  await signIn(page, "demo-techno");
  // Concert look-ups fail for every artist whose name starts with A–M; the rest answer.
  await setSandboxKnobs({ errorRate: 1, faultUpstreams: ["bandsintown"], faultMatch: "artists/[A-Ma-m]" });
  // Dates no other test uses, so no cached listings hide the outage.
  await page.goto(discoverUrl({ lat: 52.52, lon: 13.405, place: "Berlin, Germany", radius: 50, from: isoDaysFromNow(3), to: isoDaysFromNow(47) }));
  const warning = page.getByRole("status").filter({ hasText: "Some results may be missing" });
  await expect(warning).toBeVisible({ timeout: 60_000 });
  await expect(warning).toContainText("concert listings didn't answer");
  // The rest of the answer is still there.
  await expect(page.getByRole("tab").first().or(page.getByRole("heading", { name: "No concerts found" }))).toBeVisible();
  await shot(page, "upstream-failure-warning");
});

test("Spotify being down shows a friendly error with a retry", async ({ page }) => {
  await signIn(page, "demo-jazz");
  await setSandboxKnobs({ errorRate: 1, faultUpstreams: ["spotify"] });
  await page.goto(discoverUrl({ lat: 48.8566, lon: 2.3522, place: "Paris, France", radius: 25, from: isoDaysFromNow(1), to: isoDaysFromNow(20) }));
  const alert = page.getByRole("alert").filter({ hasText: "We couldn't load your concerts" });
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await shot(page, "spotify-down-error");
  await resetSandboxKnobs();
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toBeHidden({ timeout: 60_000 });
  await expect(page.getByRole("tab").first().or(page.getByRole("heading", { name: "No concerts found" }))).toBeVisible({
    timeout: 60_000,
  });
});
