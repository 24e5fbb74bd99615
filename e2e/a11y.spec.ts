import { seriousViolations } from "./support/axe";
import { chooseCity, chooseMix, expect, openWhyThisMix, resultsShown, shot, signIn, test } from "./support/fixtures";

test("landing page and consent panel have no serious accessibility problems", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const trigger = page.getByRole("main").getByRole("button", { name: "Sign in with Spotify" });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: "Connect your Spotify" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Continue with Spotify" })).toBeFocused();
  // Both choices are plainly visible (dark text on the white panel).
  for (const name of ["Continue with Spotify", "No thanks"]) {
    const b = dialog.getByRole("button", { name });
    await expect(b).toBeVisible();
    const [fg, bg] = await b.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(fg).not.toBe(bg);
  }
  await expect(dialog.getByRole("button", { name: "No thanks" })).toHaveCSS("color", "rgb(27, 18, 53)");
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});

test("discover page (form, map, results) has no serious accessibility problems", async ({ page }) => {
  await signIn(page);
  await expect(page.locator(".leaflet-container")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await chooseCity(page, "Amster", /^Amsterdam\s*Netherlands/);
  await page.getByRole("button", { name: "Next 90 days" }).click();
  await page.getByRole("button", { name: "Find concerts" }).click();
  await resultsShown(page);
  await expect(page.getByRole("article").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, "a11y-results");
  // A mix's own view with its artists unfolded, and a popup open on the map.
  await chooseMix(page, 0);
  await openWhyThisMix(page);
  await page.getByRole("article").first().getByRole("button", { name: "Show on map" }).click();
  await expect(page.locator(".leaflet-popup")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
