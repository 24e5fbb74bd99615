// The journey on a 375 px wide screen.
import { chooseCity, expect, shot, signIn, test } from "./support/fixtures";

const noSideScroll = async (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

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
  await expect(page.locator("article.concert").first()).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon.concert-pin").first()).toBeAttached();
  expect(await noSideScroll(page)).toBe(true);
  await shot(page, "02-results");
  await page.getByRole("tab").nth(1).click();
  await expect(page.getByRole("tab").nth(1)).toHaveAttribute("aria-selected", "true");
  await page.locator(".mix-artists").getByRole("button", { name: /^Preview / }).first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await shot(page, "03-preview");
  await page.getByRole("button", { name: "Close preview" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
});
