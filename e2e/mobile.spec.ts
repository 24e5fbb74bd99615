// The journey on a 375 px wide screen.
import { chooseCity, chooseMix, discoverUrl, expect, isoDaysFromNow, mixChips, openWhyThisMix, resultsShown, shot, signIn, test } from "./support/fixtures";

/** Elements sticking out to the right (the page would scroll sideways); [] when none. */
const noSideScroll = async (page: import("@playwright/test").Page) =>
  page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth + 1) return true;
    const out: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      if (el.closest(".leaflet-container")) continue; // clipped by the map frame
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1) out.push(`${el.tagName}.${el.className} right=${Math.round(r.right)}`);
    }
    return out.slice(0, 10);
  });

test("works on a 375 px screen", async ({ page }) => {
  await page.goto("/");
  expect(await noSideScroll(page)).toBe(true);
  await shot(page, "01-landing");
  await signIn(page);
  expect(await noSideScroll(page)).toBe(true);
  await chooseCity(page, "Amster", /^Amsterdam\s*Netherlands/);
  await page.getByRole("button", { name: "Next 90 days" }).click();
  await page.getByRole("button", { name: "Find concerts" }).click();
  await resultsShown(page);
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon.concert-pin, .leaflet-marker-icon.concert-cluster").first()).toBeAttached();
  expect(await noSideScroll(page)).toBe(true);
  await shot(page, "02-results");
  await chooseMix(page, 1);
  await expect(mixChips(page).nth(1)).toBeChecked();
  await (await openWhyThisMix(page)).getByRole("button", { name: /^Preview / }).first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await shot(page, "03-preview");
  await page.getByRole("button", { name: "Close preview" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("long mix descriptions wrap on a 390 px screen instead of widening the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "demo-eclectic");
  await page.goto(discoverUrl({ lat: 52.3676, lon: 4.9041, place: "Amsterdam, Netherlands", radius: 250, from: isoDaysFromNow(0), to: isoDaysFromNow(180) }));
  await resultsShown(page);
  expect(await noSideScroll(page)).toBe(true);
  for (let i = 0; i < (await mixChips(page).count()); i++) {
    await chooseMix(page, i);
    await openWhyThisMix(page);
    expect(await noSideScroll(page)).toBe(true);
  }
});
