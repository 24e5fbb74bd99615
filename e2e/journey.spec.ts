// The main journey a listener takes, start to finish, with screenshots of each step.
import { readFileSync } from "node:fs";
import { chooseCity, expect, SANDBOX_URL, shot, signIn, test } from "./support/fixtures";

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");

test("sign in, find Amsterdam concerts, open tickets, download calendars, preview an artist, switch mix, sign out", async ({
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

  // Several mixes with concerts, and map markers.
  const tabs = page.getByRole("tab");
  await expect(tabs.first()).toBeVisible({ timeout: 60_000 });
  expect(await tabs.count()).toBeGreaterThanOrEqual(2);
  const concerts = page.getByRole("article");
  await expect(concerts.first()).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon.concert-pin").first()).toBeVisible();
  expect(await page.locator(".leaflet-marker-icon.concert-pin").count()).toBeGreaterThan(1);
  await shot(page, "04-results");

  // Concerts are sorted by date (venue-local wall-clock).
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

  // Selecting a concert highlights its marker; clicking a marker highlights its concert.
  await first.getByRole("button", { name: "Show on map" }).click();
  await expect(first).toHaveClass(/is-selected/);
  const pins = page.locator(".leaflet-marker-icon.concert-pin");
  const selectedPin = page.locator(".leaflet-marker-icon.concert-pin.is-selected");
  await expect(selectedPin).toHaveCount(1);
  // Activating another concert's marker (Enter on the focused marker, as a keyboard user does: no
  // hit-testing, so markers stacked at one venue do not matter) selects that concert, in the list
  // and on the map. A concert of this mix if it has several, else one of another mix (the tab follows).
  const selectedTitle = await selectedPin.getAttribute("title");
  const candidates = (await pins.evaluateAll((els) => els.map((el) => ({ title: el.getAttribute("title") ?? "", dim: el.classList.contains("is-dim") }))))
    .map((pin, index) => ({ ...pin, index }))
    .filter((pin) => pin.title !== selectedTitle)
    .sort((a, b) => Number(a.dim) - Number(b.dim));
  expect(candidates.length, "another concert marker on the map").toBeGreaterThan(0);
  const target = candidates[0]!;
  await pins.nth(target.index).focus();
  await page.keyboard.press("Enter");
  await expect(selectedPin).toHaveAttribute("title", target.title);
  const selected = concerts.filter({ has: page.getByRole("button", { name: "Shown on map" }) });
  await expect(selected).toHaveCount(1);
  // The marker's title is "<artists> at <venue>, <date> (<mix>)"; the selected card must show the same.
  const artists = (await selected.locator('[data-part="artist-name"]').allTextContents()).map((s) => s.trim());
  const venueOf = (await selected.locator('[data-part="venue"]').textContent())!.trim();
  const dateOf = (await selected.locator("time").textContent())!.split(" · ")[0]!.trim();
  expect(artists.length).toBeGreaterThan(0);
  expect(target.title.startsWith(`${artists.join(", ")} at ${venueOf}, ${dateOf} (`), `pin "${target.title}" vs card "${artists.join(", ")} at ${venueOf}, ${dateOf}"`).toBe(true);
  await tabs.first().click(); // back to the first mix for the steps below

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

  // A whole mix's .ics.
  const mixCount = await concerts.count();
  const [all] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Add whole mix to calendar: \d+ concerts/ }).click()]);
  const allIcs = unfold(readFileSync((await all.path())!, "utf8"));
  expect(allIcs.match(/BEGIN:VEVENT/g)).toHaveLength(mixCount);
  expect(allIcs.match(/DTSTART:\d{8}T\d{6}\r\n/g)).toHaveLength(mixCount);
  expect(allIcs.match(/LOCATION:/g)).toHaveLength(mixCount);

  // Artist preview: the embed player in a dialog; Esc closes and focus returns.
  const previewButton = page.getByRole("list", { name: "Why this mix" }).getByRole("button", { name: /^Preview / }).first();
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

  // Switch mix with the keyboard and with a click.
  const firstMixName = await page.getByRole("tabpanel").getByRole("heading", { level: 2 }).textContent();
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel").getByRole("heading", { level: 2 })).not.toHaveText(firstMixName ?? "");
  await page.keyboard.press("ArrowLeft");
  await expect(tabs.nth(0)).toHaveAttribute("aria-selected", "true");
  await expect(tabs.nth(0)).toBeFocused();
  await tabs.nth(1).click();
  await shot(page, "06-second-mix");

  // Reload keeps the search (it lives in the URL).
  await page.reload();
  await expect(page.getByRole("combobox", { name: "City" })).toHaveValue("Amsterdam, Netherlands");
  await expect(page.getByRole("tab").first()).toBeVisible({ timeout: 60_000 });

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
