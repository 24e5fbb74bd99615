import { discoverUrl, expect, isoDaysFromNow, shot, signIn, test } from "./support/fixtures";

test("an empty result suggests widening the radius or the dates", async ({ page }) => {
  await signIn(page);
  // A shared link to the middle of the South Pacific, 10 km, one week.
  await page.goto(discoverUrl({ lat: -40, lon: -130, place: "Mid-Pacific", radius: 10, from: isoDaysFromNow(0), to: isoDaysFromNow(6) }));
  await expect(page.getByRole("heading", { name: "No concerts found" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/within 10 km/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Widen to 100 km" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Search the next 90 days" })).toBeVisible();
  await shot(page, "empty-result");
  await page.getByRole("button", { name: "Widen to 100 km" }).click();
  await expect(page).toHaveURL(/radius=100/);
  // Back returns to the 10 km search.
  await page.goBack();
  await expect(page).toHaveURL(/radius=10(&|$)/);
  await expect(page.getByRole("radio", { name: "10 km" })).toBeChecked();
});

test("dates are validated in the form", async ({ page }) => {
  await signIn(page);
  const from = page.getByLabel("From", { exact: true });
  const to = page.getByLabel("To", { exact: true });
  await from.fill(isoDaysFromNow(10));
  await to.fill(isoDaysFromNow(2));
  await expect(page.getByRole("alert").filter({ hasText: "The end date is before the start date" })).toBeVisible();
  await to.fill(isoDaysFromNow(500));
  await expect(page.getByRole("alert").filter({ hasText: "at most 366 days" })).toBeVisible();
  await from.fill(isoDaysFromNow(-40));
  await to.fill(isoDaysFromNow(-10));
  await expect(page.getByRole("alert").filter({ hasText: "These dates are in the past" })).toBeVisible();
});

test("signed out, the discover page asks to sign in and No thanks closes the consent panel", async ({ page }) => {
  await page.goto("/discover");
  await expect(page.getByRole("heading", { name: "Sign in to discover concerts" })).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Sign in with Spotify" }).click();
  const consent = page.getByRole("dialog", { name: "Connect your Spotify" });
  await expect(consent).toBeVisible();
  await consent.getByRole("button", { name: "No thanks" }).click();
  await expect(consent).toBeHidden();
  await expect(page).toHaveURL(/\/discover$/);
});

test("one mix without concerts nearby is 'no concerts found', not 'no mixes'", async ({ page }) => {
  await signIn(page, "demo-newcomer");
  // One top artist and no similar ones: a single mix (too few artists to cluster), with nothing mid-ocean.
  const url = discoverUrl({ lat: -40, lon: -130, place: "Mid-Pacific", radius: 10, from: isoDaysFromNow(0), to: isoDaysFromNow(6) });
  await page.goto(`${url}&top=1&related=0`);
  await expect(page.getByRole("heading", { name: "No concerts found" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "No mixes yet" })).toHaveCount(0);
});
