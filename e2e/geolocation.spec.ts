import { expect, shot, signIn, test } from "./support/fixtures";

test.describe("Use my location", () => {
  test("says clearly when location access is refused", async ({ page, context }) => {
    await context.clearPermissions(); // no geolocation permission in this context
    await signIn(page);
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Location access was refused" })).toBeVisible();
    await expect(page.getByText("Search for a city or click the map instead").first()).toBeVisible();
    await shot(page, "geolocation-refused");
    // Searching without a place explains what is missing, next to the field.
    await page.getByRole("button", { name: "Find concerts" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Choose a place" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "City" })).toBeFocused();
  });

  test("uses the browser's position when allowed", async ({ page, context }) => {
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation({ latitude: 52.52, longitude: 13.405 });
    await signIn(page);
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.getByText("Around My location")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "City" })).toHaveValue("My location");
  });
});

test("the city search works with the keyboard", async ({ page }) => {
  await signIn(page);
  const box = page.getByRole("combobox", { name: "City" });
  await box.fill("zur");
  await expect(page.getByRole("option").first()).toContainText("Zürich");
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /opt-0$/);
  await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(box).toHaveValue(/^Zürich, .*Switzerland$/);
  await expect(page.getByRole("listbox")).toBeHidden();
  await box.fill("sao pa");
  await expect(page.getByRole("option").first()).toContainText("São Paulo");
  await box.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
});

test("clicking the map drops the pin there and names it after the nearest town", async ({ page }) => {
  await signIn(page);
  await page.getByRole("combobox", { name: "City" }).fill("Amster");
  await page.getByRole("option", { name: /^Amsterdam\s*Netherlands/ }).first().click();
  const map = page.locator(".leaflet-container");
  await expect(map).toBeVisible();
  const box = (await map.boundingBox())!;
  // A little west of the centre: still in the Amsterdam area.
  await page.mouse.click(box.x + box.width / 2 - 60, box.y + box.height / 2);
  await expect(page.getByRole("combobox", { name: "City" })).toHaveValue(/^Near .+, Netherlands$/);
  await page.getByRole("button", { name: "Find concerts" }).click();
  await expect(page).toHaveURL(/place=Near\+/);
});
