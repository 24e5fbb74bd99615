// The sticky header stays on top of the map's own controls when the page scrolls under it.
import { expect, signIn, test } from "./support/fixtures";

test("the map's zoom buttons pass under the sticky header, not over it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 }); // short, so the page can scroll the map under the header
  await signIn(page);
  await expect(page.locator(".leaflet-control-zoom-in")).toBeVisible();
  // Scroll the zoom button behind the middle of the header (again while the page settles), then ask what is on top there.
  const whatIsOnTop = () =>
    page.evaluate(() => {
      const header = document.querySelector("header")!.getBoundingClientRect();
      const zoom = () => document.querySelector(".leaflet-control-zoom-in")!.getBoundingClientRect();
      const z = zoom();
      window.scrollTo({ top: window.scrollY + z.top + z.height / 2 - (header.top + header.height / 2), behavior: "instant" });
      const now = zoom();
      const middle = now.top + now.height / 2;
      if (middle < header.top || middle > header.bottom) return "zoom button not behind the header yet";
      return document.elementFromPoint(now.left + now.width / 2, middle)?.closest("header") ? "header" : "map control";
    });
  await expect.poll(whatIsOnTop).toBe("header");
});
