// A listener without Spotify: a ListenBrainz username on the landing page → mixes with concerts on
// the map → Subscribe → the feed fetched as a calendar app would, parsed as iCalendar with the mix's
// concerts; a tampered link → 403. And a typed list with an ambiguous name, matched artist by artist.
import ICAL from "ical.js";
import { chooseCity, chooseMix, expect, mixChips, mixCounts, resultsShown, shot, test } from "./support/fixtures";

test("a ListenBrainz username, mixes on the map, Subscribe: the feed is a calendar of the mix's concerts; a tampered link is refused", async ({ page, request }) => {
  await page.goto("/");
  const taste = page.getByRole("region", { name: "No Spotify? Bring your taste from elsewhere" });
  await expect(taste).toBeVisible();
  await expect(taste.getByRole("radio", { name: "ListenBrainz", exact: true })).toBeChecked();
  await taste.getByRole("textbox", { name: "ListenBrainz username" }).fill("lb-demo-indie");
  await taste.getByLabel("Listening over").selectOption("6month");
  await shot(page, "taste-01-listenbrainz");
  await taste.getByRole("button", { name: "Use my ListenBrainz taste" }).click();

  await page.waitForURL((u) => u.pathname === "/discover");
  await expect(page.getByText("Your taste: ListenBrainz: lb-demo-indie, last 6 months")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0); // no Spotify session at all

  await chooseCity(page, "Amster", /^Amsterdam\s*Netherlands/);
  await page.getByRole("button", { name: "Next 90 days" }).click();
  await page.getByRole("button", { name: "Find concerts" }).click();
  await expect(page).not.toHaveURL(/lb-demo-indie/); // the link carries no personal data

  await resultsShown(page);
  expect(await mixChips(page).count()).toBeGreaterThan(0);
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon.concert-pin, .leaflet-marker-icon.concert-cluster").first()).toBeVisible();
  await expect(page.locator('[data-capability="top_artists"]')).toContainText("ListenBrainz");
  await shot(page, "taste-02-results");

  // The first mix, as the page shows it: its name, and its concerts in the list.
  await chooseMix(page, 0);
  const view = page.locator('[data-part="mix-view"]');
  const mixName = (await view.getByRole("heading", { level: 3 }).textContent())!.trim();
  const concertCount = (await mixCounts(page))[0]!;
  expect(concertCount).toBeGreaterThan(0);
  await expect(page.getByRole("article")).toHaveCount(concertCount);

  await view.getByRole("button", { name: `Subscribe to ${mixName}: a calendar that stays current` }).click();
  const feedBox = view.locator('[data-part="feed-link"]');
  await expect(feedBox).toBeVisible();
  const webcal = await feedBox.getByRole("link", { name: "Subscribe in your calendar app" }).getAttribute("href");
  expect(webcal).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/api\/feeds\/[^/]+\.ics$/);
  const feedUrl = await feedBox.getByRole("textbox", { name: "Calendar feed address" }).inputValue();
  expect(feedUrl).toBe(webcal!.replace(/^webcal:/, "http:"));
  await shot(page, "taste-03-subscribe");

  // A calendar app fetches it: no cookie, no token.
  const feed = await request.get(feedUrl, { headers: { cookie: "" } });
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(mixName);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events.length).toBe(concertCount);
  const cards = await page.getByRole("article").allTextContents();
  for (const event of events) {
    const [venue] = event.location.split(",");
    expect(cards.some((card) => card.includes(venue!))).toBe(true);
  }

  // A link we did not issue: one character changed in its sealed content.
  const [base, token] = feedUrl.split("/api/feeds/") as [string, string];
  const parts = token.replace(/\.ics$/, "").split(".");
  parts[3] = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
  const tampered = await request.get(`${base}/api/feeds/${parts.join(".")}.ics`);
  expect(tampered.status()).toBe(403);
  expect((await tampered.json()).code).toBe("feed_link_invalid");
});

test("a typed list: each name matched, an ambiguous name picked, a wrong match dropped", async ({ page }) => {
  await page.goto("/");
  const taste = page.getByRole("region", { name: "No Spotify? Bring your taste from elsewhere" });
  await taste.getByRole("radio", { name: "A list of artists" }).check();
  await taste.getByLabel("Your artists, one a line (or separated by commas)").fill("Rejects\nNobody Plays Here\nBoone Pruitt");
  await taste.getByRole("button", { name: "Find these artists" }).click();
  const found = taste.getByRole("list", { name: "Artists found" });
  await expect(found).toBeVisible();
  await expect(found.getByText("Nobody Plays Here: not found on Spotify by that name.")).toBeVisible();
  const ambiguous = found.getByRole("group", { name: "Several artists are called “Rejects”: which one do you mean?" });
  await expect(ambiguous.getByRole("radio")).toHaveCount(3); // both artists, and "None of these"
  await ambiguous.getByRole("radio", { name: /^The Rejects/ }).check();
  await found.getByRole("checkbox", { name: /Boone Pruitt/ }).uncheck(); // a wrong match, dropped
  await shot(page, "taste-04-typed-list");
  await taste.getByRole("button", { name: "Use this artist" }).click();
  await page.waitForURL((u) => u.pathname === "/discover");
  await expect(page.getByText("Your taste: Your list of 1 artist")).toBeVisible();
  await page.getByRole("button", { name: "Forget it" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await expect(page.locator('[data-part="current-taste"]')).toHaveCount(0);
});
