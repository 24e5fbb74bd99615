// The city search as a fan uses it, at 1280×900 (desktop) and 375×812 (mobile-375): names in
// other languages, short forms and a typo find the right city first, picking it moves the map
// there, and Enter pressed before the list caught up takes a match for what is typed.
import type { Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { expect, shot, signIn, test } from "./support/fixtures";

/** Whether the map, zoomed in on a city, shows the tile holding this point (tile URLs carry zoom, x and y). */
function mapShows(page: Page, latitude: number, longitude: number): Promise<boolean> {
  return page.locator(".leaflet-tile-container img.leaflet-tile").evaluateAll(
    (tiles, [lat, lon]) =>
      tiles.some((tile) => {
        const m = /\/(\d+)\/(\d+)\/(\d+)\.png$/.exec((tile as HTMLImageElement).src);
        if (!m) return false;
        const [z, x, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const n = 2 ** z;
        const r = (lat * Math.PI) / 180;
        const tileX = Math.floor(((lon + 180) / 360) * n);
        const tileY = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
        return z >= 8 && x === tileX && y === tileY;
      }),
    [latitude, longitude] as const,
  );
}

const SEARCHES = [
  { typed: "München", first: /^Munich\s*Germany$/, value: "Munich, Germany", at: [48.137, 11.575], pick: "click" },
  { typed: "Wien", first: /^Vienna\s*Austria$/, value: "Vienna, Austria", at: [48.208, 16.372], pick: "arrow-enter" },
  { typed: "NYC", first: /^New York City\s*NY, United States$/, value: "New York City, NY, United States", at: [40.714, -74.006], pick: "click" },
  { typed: "Tokio", first: /^Tokyo\s*Japan$/, value: "Tokyo, Japan", at: [35.69, 139.692], pick: "enter" },
  { typed: "Londn", first: /^London\s*ENG, United Kingdom$/, value: "London, ENG, United Kingdom", at: [51.509, -0.126], pick: "click" },
] as const;

test("München, Wien, NYC, Tokio and 'Londn' find the right city first, and picking it moves the map there", async ({ page }) => {
  await signIn(page);
  const box = page.getByRole("combobox", { name: "City" });
  const first = page.getByRole("option").first();
  for (const [step, { typed, first: name, value, at, pick }] of SEARCHES.entries()) {
    const slug = `place-search-${step + 1}-${typed.normalize("NFKD").toLowerCase().replace(/[^a-z]/g, "")}`;
    // Picking with the keyboard, the pointer is elsewhere (resting on the list, it highlights an option).
    if (pick !== "click") await page.mouse.move(0, 0);
    await box.fill(typed);
    await expect(first).toHaveText(name);
    await expect(box).toHaveAttribute("aria-expanded", "true");
    if (step === 0) expect(await seriousViolations(page)).toEqual([]); // the open list, too
    await shot(page, `${slug}-list`);
    if (pick === "click") await first.click();
    if (pick === "arrow-enter") {
      await box.press("ArrowDown");
      await expect(first).toHaveAttribute("aria-selected", "true");
      await box.press("Enter");
    }
    if (pick === "enter") await box.press("Enter");
    await expect(box).toHaveValue(value);
    await expect(page.getByRole("listbox")).toBeHidden();
    await expect(page.getByText(`Around ${value}`)).toBeVisible();
    await expect.poll(() => mapShows(page, at[0], at[1]), { message: `the map shows ${value}` }).toBe(true);
    await shot(page, `${slug}-picked`);
  }
});

test("Enter right after typing picks a match for the new text, not the previous list's top city", async ({ page }) => {
  await signIn(page);
  const box = page.getByRole("combobox", { name: "City" });
  await box.fill("Paris");
  await expect(page.getByRole("option", { name: /^Paris/ }).first()).toBeVisible();
  await box.fill("Rome");
  await box.press("Enter"); // before the debounced search for "Rome" has run
  await expect(box).toHaveValue(/^Rome,.*Italy$/);
});
