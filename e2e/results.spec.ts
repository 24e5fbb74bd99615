// The results as a fan meets them, at 1280×900 and 375×812: after Find the results come into view
// and are announced; one date-sorted list with the mixes as filters; markers that cluster and open a
// popup with Tickets; "Show on map"; results marked out of date until Find. Screenshots of each step.
import type { Page } from "@playwright/test";
import { watchConsole } from "./support/console";
import { chooseCity, chooseMix, expect, mixChips, mixCounts, resultsShown, shot, signIn, test } from "./support/fixtures";

const phone = () => test.info().project.name === "mobile-375";
const heading = (page: Page) => page.getByRole("heading", { name: "Concerts near Amsterdam, Netherlands" });

async function findAmsterdam(page: Page) {
  await signIn(page, "demo-indie");
  await chooseCity(page, "Amster", /^Amsterdam\s*Netherlands/);
  await page.getByRole("button", { name: "Next 90 days" }).click();
  await page.getByRole("button", { name: "Find concerts" }).click();
}

/** Tab presses from the focused element until `target` has focus (at most `limit`). */
async function tabsUntil(page: Page, target: import("@playwright/test").Locator, limit = 200): Promise<number> {
  const handle = await target.elementHandle();
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((el) => document.activeElement === el, handle)) return n;
  }
  throw new Error(`no focus on the target after ${limit} tab stops`);
}

test("after Find, the results heading has focus and is on screen, the outcome is announced, and Tickets are a few tab stops away", async ({ page }) => {
  const trouble = watchConsole(page);
  await findAmsterdam(page);
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).toBeInViewport();
  await shot(page, "results-01-after-find");
  await resultsShown(page);
  await expect(page.getByRole("status").filter({ hasText: /\d+ mixes, \d+ concerts within 25 km of Amsterdam, Netherlands\./ })).toBeVisible();
  await expect(heading(page)).toBeInViewport();
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.screenshot({ path: `test-results/screens/${test.info().project.name}-results-02-in-view.png` });

  // Keyboard only: from the focused heading to the first concert's Tickets.
  const tickets = page.getByRole("article").first().getByRole("link", { name: /^Tickets/ });
  const fromHeading = await tabsUntil(page, tickets);
  // And from the Find button itself, through the map's controls and markers, as the page's tab order runs.
  await page.getByRole("button", { name: "Find concerts" }).focus();
  const fromFind = await tabsUntil(page, tickets);
  test.info().annotations.push({ type: "tab stops", description: `after Find (focus on the results heading) to the first Tickets: ${fromHeading}; from the Find button in page order: ${fromFind}` });
  console.log(`[${test.info().project.name}] tab stops to the first Tickets link: ${fromHeading} after Find, ${fromFind} from the Find button in page order`);
  expect(fromHeading).toBeLessThanOrEqual(phone() ? 4 : 2);
  expect(trouble).toEqual([]);
});

test("one list sorted by date, with the mixes as filters that fit the screen", async ({ page }) => {
  await findAmsterdam(page);
  await resultsShown(page);
  const cards = page.getByRole("article");
  const dates = await cards.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort());
  // Cards of several mixes mixed in one list.
  expect(new Set(await cards.locator('[data-part="card-mix"]').allTextContents()).size).toBeGreaterThan(1);
  // The chips: every mix's name and count in full, inside the screen.
  const counts = await mixCounts(page);
  const total = Number(/(\d+) concerts within/.exec((await page.locator('[data-part="summary"]').textContent()) ?? "")![1]);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
  const width = page.viewportSize()!.width;
  for (const box of await page.getByRole("group", { name: "Show" }).locator("label").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
    expect(box).toBeLessThanOrEqual(width);
  await shot(page, "results-03-all-mixes");

  // Each mix's own view: only its concerts, still by date.
  for (let i = 0; i < counts.length; i++) {
    await chooseMix(page, i);
    const name = (await page.locator('[data-part="mix-view"]').getByRole("heading", { level: 3 }).textContent())!.trim();
    await expect(cards).toHaveCount(Math.min(counts[i]!, 40));
    expect(new Set(await cards.locator('[data-part="card-mix"]').allTextContents())).toEqual(new Set([name]));
    const mixDates = await cards.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect(mixDates).toEqual([...mixDates].sort());
    if (i === 0) await shot(page, "results-04-one-mix");
  }
  // The map shows the chosen mix only.
  await expect(mixChips(page).last()).toBeChecked();
});

test("markers cluster, and a concert's popup opens with Tickets", async ({ page }) => {
  await findAmsterdam(page);
  await resultsShown(page);
  if (phone()) await page.getByRole("group", { name: "Show results as" }).getByRole("button", { name: "Map" }).click();
  const clusters = page.locator(".leaflet-marker-icon.concert-cluster");
  await expect(clusters.first()).toBeVisible();
  const inFirst = Number(await clusters.first().locator(".concert-cluster__count").textContent());
  expect(inFirst).toBeGreaterThan(1);
  await expect(clusters.first()).toHaveAccessibleName(`${inFirst} concerts here: open`);
  await shot(page, "results-05-clusters");
  // Opening clusters (zooming in, or spreading shows at one venue) until a concert's own marker shows.
  const pins = page.locator(".leaflet-marker-icon.concert-pin");
  for (let i = 0; i < 6 && !(await pins.first().isVisible()); i++) {
    await clusters.first().click();
    await page.waitForTimeout(600); // the zoom or spread animation
  }
  await pins.first().click();
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toBeVisible();
  await expect(popup.getByRole("link", { name: /^Tickets/ })).toHaveAttribute("href", /^https:\/\//);
  await expect(popup.getByRole("link", { name: "Concert page" })).toHaveAttribute("href", /^\/concerts\/bandsintown\/[^/?]+\?artist=/);
  await shot(page, "results-06-popup");
  // The search pin stays on top of the concerts, in its own pane.
  const z = await page.evaluate(() => {
    const pane = (name: string) => Number(getComputedStyle(document.querySelector(`.leaflet-${name}-pane`)!).zIndex);
    return { pin: pane("search-pin"), markers: pane("marker") };
  });
  expect(z.pin).toBeGreaterThan(z.markers);
});

test("Show on map brings the map into view with the concert's popup", async ({ page }) => {
  await findAmsterdam(page);
  await resultsShown(page);
  const card = page.getByRole("article").nth(3);
  await card.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-part="map"]')).not.toBeInViewport();
  const title = (await card.getByRole("heading", { level: 3 }).textContent())!.trim();
  await card.getByRole("button", { name: "Show on map" }).click();
  await expect(page.locator('[data-part="map"]')).toBeInViewport({ ratio: phone() ? 0.9 : 0.5 });
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toBeVisible();
  await expect(popup.locator(".concert-popup__title")).toHaveText(title);
  await expect(popup).toBeInViewport();
  await shot(page, "results-07-show-on-map");
  if (phone()) {
    // On a phone the map fills the screen; "List" goes back to the cards.
    const views = page.getByRole("group", { name: "Show results as" });
    await expect(views.getByRole("button", { name: "Map" })).toHaveAttribute("aria-pressed", "true");
    await views.getByRole("button", { name: "List" }).click();
    await expect(card).toBeVisible();
    await expect(card).toHaveClass(/is-selected/);
  }
});

test("results say they are out of date when the place, distance or dates change, until Find", async ({ page }) => {
  await findAmsterdam(page);
  await resultsShown(page);
  const stale = page.locator('[data-part="stale"]');
  await expect(stale).toHaveCount(0);
  await page.getByRole("radio", { name: "50 km", exact: true }).check();
  await expect(stale).toBeVisible();
  await expect(stale).toContainText("you changed the distance");
  await expect(stale).toContainText("still for Amsterdam, Netherlands, 25 km");
  await page.getByRole("button", { name: "Next 7 days" }).click();
  await expect(stale).toContainText("the distance and the dates");
  await stale.scrollIntoViewIfNeeded();
  await shot(page, "results-08-stale");
  await stale.getByRole("button", { name: "Update results" }).click();
  await expect(page).toHaveURL(/radius=50/);
  await expect(heading(page)).toBeFocused();
  await resultsShown(page);
  await expect(stale).toHaveCount(0);
});
