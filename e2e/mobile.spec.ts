// The journey on a 375 px wide screen.
import { chooseCity, discoverUrl, expect, isoDaysFromNow, shot, signIn, test } from "./support/fixtures";

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
  await expect(page.getByRole("tab").first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon.concert-pin").first()).toBeAttached();
  expect(await noSideScroll(page)).toBe(true);
  await shot(page, "02-results");
  await page.getByRole("tab").nth(1).click();
  await expect(page.getByRole("tab").nth(1)).toHaveAttribute("aria-selected", "true");
  await page.getByRole("list", { name: "Why this mix" }).getByRole("button", { name: /^Preview / }).first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await shot(page, "03-preview");
  await page.getByRole("button", { name: "Close preview" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("long mix descriptions wrap on a 390 px screen instead of widening the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "demo-eclectic");
  await page.goto(discoverUrl({ lat: 52.3676, lon: 4.9041, place: "Amsterdam, Netherlands", radius: 250, from: isoDaysFromNow(0), to: isoDaysFromNow(180) }));
  await expect(page.getByRole("tab").first()).toBeVisible({ timeout: 60_000 });
  for (let i = 0; i < (await page.getByRole("tab").count()); i++) {
    await page.getByRole("tab").nth(i).click();
    expect(await noSideScroll(page)).toBe(true);
  }
});
