// The pages work under their Content-Security-Policy: sign-in, the discover page with its map,
// results and preview player, and /docs (Swagger UI, including a request made from it), with no
// violation reported and no error in the console.
import type { Page } from "@playwright/test";
import { chooseCity, chooseMix, expect, openWhyThisMix, resultsShown, SANDBOX_URL, signIn, test } from "./support/fixtures";

interface Trouble {
  violations: string[];
  errors: string[];
}

/** Records every CSP violation (as the page sees it) and every console error and uncaught exception. */
async function watch(page: Page): Promise<Trouble> {
  const trouble: Trouble = { violations: [], errors: [] };
  await page.exposeFunction("__reportViolation", (v: string) => void trouble.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error") trouble.errors.push(m.text());
  });
  page.on("pageerror", (e) => void trouble.errors.push(e.message));
  return trouble;
}

async function listenerToken(listener = "demo-indie"): Promise<string> {
  const res = await fetch(`${SANDBOX_URL}/__sandbox/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ listener }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

test("sign-in, the discover page, its map and results, and the preview player run under the CSP", async ({ page, network }) => {
  const trouble = await watch(page);
  await signIn(page, "demo-jazz");
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await expect(page.locator(".leaflet-tile-loaded").first()).toBeVisible();
  await chooseCity(page, "Amster", /^Amsterdam\s*Netherlands/);
  await page.getByRole("button", { name: "Next 90 days" }).click();
  await page.getByRole("button", { name: "Find concerts" }).click();
  await resultsShown(page);
  // A concert's marker, out of its cluster, with its popup.
  await page.getByRole("article").first().getByRole("button", { name: "Show on map" }).click();
  await expect(page.locator(".leaflet-popup")).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon.concert-pin").first()).toBeVisible();
  // Styles the server renders inline and Leaflet's markers carry theirs (style-src-attr).
  await expect(page.locator(".concert-pin__dot").first()).toHaveCSS("--pin", /\S/);
  await chooseMix(page, 0);
  const why = await openWhyThisMix(page);
  const photo = why.locator("img").first(); // an artist photo, from the sandbox over http
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await why.getByRole("button", { name: /^Preview / }).first().click();
  const player = page.getByRole("dialog").frameLocator("iframe");
  await expect(player.locator("body")).not.toBeEmpty();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await expect(page.locator('span[style*="animation-delay"]').nth(1)).toHaveCSS("animation-delay", "0.137s");
  expect(trouble).toEqual({ violations: [], errors: [] });
  expect(network.blocked).toEqual([]);
});

test("/docs: Swagger UI renders and calls the API under the CSP", async ({ page, network }) => {
  const trouble = await watch(page);
  const token = await listenerToken();
  await page.goto("/docs");
  await page.getByRole("button", { name: "Authorize" }).click();
  await page.getByRole("textbox", { name: "auth-bearer-value" }).fill(token);
  await page.getByRole("button", { name: "Apply credentials" }).first().click(); // the bearer scheme is listed first
  await page.getByRole("button", { name: "Close" }).first().click();
  const artists = page.locator(".opblock").filter({ hasText: "/api/artists/get_user_artists" });
  await artists.locator(".opblock-summary").click();
  await artists.getByRole("button", { name: "Execute" }).click();
  await expect(artists.locator(".live-responses-table td.response-col_status:not(.col_header)")).toHaveText("200");
  await expect(artists.locator(".live-responses-table")).toContainText("users_artists");
  expect(trouble).toEqual({ violations: [], errors: [] });
  expect(network.blocked).toEqual([]);
});
