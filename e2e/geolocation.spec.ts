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

  test("uses the browser's position when allowed, named after the city there", async ({ page, context }) => {
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation({ latitude: 52.52, longitude: 13.405 });
    await signIn(page);
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.getByRole("combobox", { name: "City" })).toHaveValue("Berlin, Germany");
    await expect(page.getByText("Around Berlin, Germany (52.520, 13.405)")).toBeVisible();
    await shot(page, "geolocation-named");
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

test("clicking the map drops the pin there and names it after the town there, once", async ({ page }) => {
  await signIn(page);
  const box = page.getByRole("combobox", { name: "City" });
  await box.fill("Amster");
  await page.getByRole("option", { name: /^Amsterdam\s*Netherlands/ }).first().click();
  const hint = page.getByText(/Click or drag the pin on the map to move it/);
  await expect(hint).toContainText("Around Amsterdam, Netherlands (52.374, 4.890)");
  const map = page.locator(".leaflet-container");
  await map.scrollIntoViewIfNeeded();
  const area = (await map.boundingBox())!;
  // A little west of the centre: still in the Amsterdam area.
  await page.mouse.click(area.x + area.width / 2 - 40, area.y + area.height / 2);
  await expect(hint).not.toContainText("(52.374, 4.890)");
  // Named after a real place (not "Dropped pin"), and "Around" is said once.
  await expect(box).toHaveValue(/^[^,]+, Netherlands$/);
  const name = await box.inputValue();
  expect(name).not.toMatch(/Near|Dropped pin/);
  await expect(hint).toContainText(`Around ${name} (`);
  await shot(page, "dropped-pin-named");
  await page.getByRole("button", { name: "Find concerts" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("place")).toBe(name);
});
