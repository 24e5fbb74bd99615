// The main journey a listener takes, start to finish, with screenshots of each step.
import { readFileSync } from "node:fs";
import { chooseCity, chooseMix, expect, mixChips, mixCounts, openWhyThisMix, resultsShown, SANDBOX_URL, shot, signIn, test } from "./support/fixtures";

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");

test("sign in, find Amsterdam concerts, open tickets, download calendars, preview an artist, filter by mix, sign out", async ({
  page,
  context,
  network,
}) => {
  await signIn(page, "demo-indie", { screenshots: true });
  await shot(page, "03-discover-empty");

  // Find a city with the type-ahead.
  await chooseCity(page, "Amster", /^Amsterdam\s*Netherlands/);
  await expect(page.getByRole("combobox", { name: "City" })).toHaveValue("Amsterdam, Netherlands");
  await page.getByRole("button", { name: "Next 90 days" }).click();
  await expect(page.getByRole("button", { name: "Next 90 days" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Find concerts" }).click();

  // The search is in the URL.
  await expect(page).toHaveURL(/lat=52\.37\d*&lon=4\.88\d*.*place=Amsterdam/);

  // Several mixes with concerts, and markers (or clusters of them) on the map.
  await resultsShown(page);
  expect(await mixChips(page).count()).toBeGreaterThanOrEqual(2);
  const concerts = page.getByRole("article");
  await expect(concerts.first()).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon.concert-pin, .leaflet-marker-icon.concert-cluster").first()).toBeVisible();
  await shot(page, "04-results");

  // One list of every mix's concerts, sorted by date (venue-local wall-clock).
  const dates = await concerts.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(dates).toEqual([...dates].sort());

  // A concert's ticket link opens in a new tab.
  const first = concerts.first();
  const ticket = first.getByRole("link", { name: /Tickets/ }).first();
  const eventPage = first.getByRole("link", { name: /Event page/ });
  await expect(eventPage).toHaveAttribute("target", "_blank");
  await expect(eventPage).toHaveAttribute("rel", /noopener/);
  await expect(eventPage).toHaveAttribute("href", /^https:\/\/www\.bandsintown\.com\/e\//);
  if (await ticket.count()) {
    await expect(ticket).toHaveAttribute("href", /^https:\/\/www\.bandsintown\.com\/t\//);
    await expect(ticket).toHaveAttribute("rel", /noopener/);
    const [popup] = await Promise.all([context.waitForEvent("page"), ticket.click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(/^https:\/\/www\.bandsintown\.com\/t\//);
    await popup.close();
  } else {
    const [popup] = await Promise.all([context.waitForEvent("page"), eventPage.click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(/^https:\/\/www\.bandsintown\.com\/e\//);
    await popup.close();
  }

  // "Show on map" opens the concert's popup (zooming into its cluster) and highlights its marker.
  await first.getByRole("button", { name: "Show on map" }).click();
  await expect(first).toHaveClass(/is-selected/);
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toBeVisible();
  await expect(popup.getByRole("link", { name: /^Tickets/ })).toBeVisible();
  const selectedPin = page.locator(".leaflet-marker-icon.concert-pin.is-selected");
  await expect(selectedPin).toHaveCount(1);
  // Another concert's "Show on map" moves both: the popup names that concert, whose card is the selected one.
  const second = concerts.nth(1);
  await second.getByRole("button", { name: "Show on map" }).click();
  await expect(second).toHaveClass(/is-selected/);
  await expect(first).not.toHaveClass(/is-selected/);
  const secondTitle = (await second.getByRole("heading", { level: 3 }).textContent())!.trim();
  await expect(popup.locator(".concert-popup__title")).toHaveText(secondTitle);
  // Activating a marker (Enter on the focused marker, as a keyboard user does) opens its popup and selects its card.
  await page.locator(".leaflet-popup-close-button").click();
  await expect(popup).toBeHidden();
  const marker = selectedPin;
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(popup).toBeVisible();
  const pinTitle = (await marker.getAttribute("title"))!;
  const selected = concerts.filter({ has: page.getByRole("button", { name: "Show on map", pressed: true }) });
  await expect(selected).toHaveCount(1);
  // The marker's title is "<headline> at <venue>, <date> (<mix>)"; the selected card must show the same.
  const headline = (await selected.getByRole("heading", { level: 3 }).textContent())!.trim();
  const venueOf = (await selected.locator('[data-part="venue"]').textContent())!.trim();
  const dateOf = (await selected.locator("time").textContent())!.split(" · ")[0]!.trim();
  expect(pinTitle.startsWith(`${headline} at ${venueOf}, ${dateOf} (`), `pin "${pinTitle}" vs card "${headline} at ${venueOf}, ${dateOf}"`).toBe(true);
  await shot(page, "04b-popup");

  // One concert's .ics.
  const firstDate = (await first.locator("time").getAttribute("datetime"))!;
  const [one] = await Promise.all([page.waitForEvent("download"), first.getByRole("button", { name: /^Add to calendar:/ }).click()]);
  expect(one.suggestedFilename()).toMatch(/^gigscovery-.*\.ics$/);
  const oneIcs = unfold(readFileSync((await one.path())!, "utf8"));
  expect(oneIcs.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  const wall = firstDate.replace(/[-:]/g, "").slice(0, 15); // 20261123T193000
  expect(oneIcs).toContain(`DTSTART:${wall}\r\n`); // floating: no Z, no TZID
  expect(oneIcs).not.toMatch(/DTSTART[^\r\n]*Z\r\n|TZID/);
  const venue = (await first.locator('[data-part="venue"]').textContent())!.trim();
  expect(oneIcs).toMatch(new RegExp(`LOCATION:${venue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/,/g, "\\\\,")}`));
  expect(oneIcs).toMatch(/URL:https:\/\/www\.bandsintown\.com\/e\//);

  // A mix's own view: only its concerts, its whole-mix .ics.
  const counts = await mixCounts(page);
  await chooseMix(page, 0);
  await expect(mixChips(page).first()).toBeChecked();
  const cards = Math.min(counts[0]!, 40);
  await expect(concerts).toHaveCount(cards);
  const mixName = (await page.locator('[data-part="mix-view"]').getByRole("heading", { level: 3 }).textContent())!.trim();
  expect(new Set(await concerts.locator('[data-part="card-mix"]').allTextContents())).toEqual(new Set([mixName]));
  const [all] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Add whole mix to calendar: \d+ concerts?/ }).click()]);
  const allIcs = unfold(readFileSync((await all.path())!, "utf8"));
  expect(allIcs.match(/BEGIN:VEVENT/g)).toHaveLength(counts[0]!);
  expect(allIcs.match(/DTSTART:\d{8}T\d{6}\r\n/g)).toHaveLength(counts[0]!);
  expect(allIcs.match(/LOCATION:/g)).toHaveLength(counts[0]!);

  // Artist preview: the embed player in a dialog; Esc closes and focus returns.
  const previewButton = (await openWhyThisMix(page)).getByRole("button", { name: /^Preview / }).first();
  await previewButton.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const frame = dialog.locator("iframe");
  await expect(frame).toHaveAttribute("src", new RegExp(`^${SANDBOX_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/embed/artist/[A-Za-z0-9]+`));
  await expect(dialog.getByRole("button", { name: "Close preview" })).toBeFocused();
  await shot(page, "05-artist-preview");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(previewButton).toBeFocused();

  // Another mix with the keyboard (arrow keys in the chips) and with a click; back to all of them.
  await mixChips(page).first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(mixChips(page).nth(1)).toBeChecked();
  await expect(page.locator('[data-part="mix-view"]').getByRole("heading", { level: 3 })).not.toHaveText(mixName);
  await shot(page, "06-second-mix");
  await page.getByRole("group", { name: "Show" }).locator("label").first().click();
  await expect(page.locator('[data-part="mix-view"]')).toHaveCount(0);

  // Reload keeps the search (it lives in the URL).
  await page.reload();
  await expect(page.getByRole("combobox", { name: "City" })).toHaveValue("Amsterdam, Netherlands");
  await resultsShown(page);
  await expect(page.getByRole("article").first()).toBeVisible();

  // Sign out clears the session.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await expect(page.getByRole("main").getByRole("button", { name: "Sign in with Spotify" })).toBeVisible();
  await page.goto("/discover");
  await expect(page.getByRole("heading", { name: "Sign in to discover concerts" })).toBeVisible();
  const res = await page.request.get("/api/auth/session");
  expect(await res.json()).toEqual({});
  await shot(page, "07-signed-out");

  // Nothing tried to reach the internet except the map tiles and links answered locally.
  expect(network.blocked).toEqual([]);
});
