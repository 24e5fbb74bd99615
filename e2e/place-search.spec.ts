// The city type-ahead when a fan types faster than its list follows.
import { expect, signIn, test } from "./support/fixtures";

test("Enter right after typing picks a match for the new text, not the previous list's top city", async ({ page }) => {
  await signIn(page);
  const box = page.getByRole("combobox", { name: "City" });
  await box.fill("Paris");
  await expect(page.getByRole("option", { name: /^Paris/ }).first()).toBeVisible();
  await box.fill("Rome");
  await box.press("Enter"); // before the debounced search for "Rome" has run
  await expect(box).toHaveValue(/^Rome,.*Italy$/);
});
