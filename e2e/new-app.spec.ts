// A listener on the app as a Spotify app registered today runs it: Spotify in development mode (no
// related artists, audio features or artist top tracks), no Bandsintown key, so similar artists,
// tracks, features and concerts come from the fallbacks, and the page says which and why.
// Runs against the "new-app" stack (E2E_NEW_APP_BASE_URL, E2E_NEW_APP_SANDBOX_URL); its sandbox's
// knobs are used by this file only, so changing them here does not disturb the other specs.
import type { Locator, Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { chooseCity, chooseMix, expect, mixCounts, newAppStack, openWhyThisMix, resetSandboxKnobs, resultsShown, setSandboxKnobs, shot, signIn, test } from "./support/fixtures";

const stack = newAppStack();
test.use({ baseURL: stack.app });

test.afterEach(async () => {
  await resetSandboxKnobs(stack.sandbox);
});

/** The numbers the listener reads: "N mixes, M concerts within …", and each mix chip's count. */
async function countsShown(page: Page) {
  const summary = (await page.getByRole("status").filter({ hasText: /\d+ mix(?:es)?, \d+ concerts? within/ }).textContent()) ?? "";
  const m = /(\d+) mix(?:es)?, (\d+) concerts? within/.exec(summary);
  expect(m, `results summary: ${summary}`).not.toBeNull();
  return { mixes: Number(m![1]), concerts: Number(m![2]), tabCounts: await mixCounts(page) };
}

async function search(page: Page, city: { typed: string; option: RegExp; value: string | RegExp }) {
  await chooseCity(page, city.typed, city.option);
  await expect(page.getByRole("combobox", { name: "City" })).toHaveValue(city.value);
  await page.getByRole("button", { name: "Next 90 days" }).click();
  await page.getByRole("button", { name: "Find concerts" }).click();
  await resultsShown(page);
}

/** "How these results were made", unfolded. */
async function builtFrom(page: Page): Promise<Locator> {
  const made = page.getByRole("region", { name: "How these results were made" });
  await made.locator("summary").click();
  return made;
}

test("a new Spotify app: mixes with Ticketmaster concerts, and the page says what they were built from", async ({ page, network }) => {
  await signIn(page, "demo-indie", { stack });
  await search(page, { typed: "Amster", option: /^Amsterdam\s*Netherlands/, value: "Amsterdam, Netherlands" });

  // Mixes with concerts; the counts the listener reads agree with each other and with the cards.
  const counts = await countsShown(page);
  expect(counts.mixes).toBeGreaterThanOrEqual(1);
  expect(counts.tabCounts).toHaveLength(counts.mixes);
  expect(counts.tabCounts.reduce((a, b) => a + b, 0)).toBe(counts.concerts);
  const concerts = page.getByRole("article");
  await chooseMix(page, 0);
  await expect(concerts).toHaveCount(Math.min(counts.tabCounts[0]!, 40));
  expect(counts.concerts).toBeGreaterThan(0);

  // Every concert is a Ticketmaster listing (there is no Bandsintown key), with its event page there.
  const sources = await concerts.locator('[data-part="source"]').allTextContents();
  expect(sources).toHaveLength(Math.min(counts.tabCounts[0]!, 40));
  expect(new Set(sources)).toEqual(new Set(["Listing from Ticketmaster"]));
  // One Tickets button to Ticketmaster, and no "Event page" repeating the same address.
  await expect(concerts.first().getByRole("link", { name: /^Tickets/ })).toHaveAttribute("href", /ticketmaster\./);
  await expect(concerts.first().getByRole("link", { name: /Event page/ })).toHaveCount(0);
  await expect(page.locator(".leaflet-marker-icon.concert-pin, .leaflet-marker-icon.concert-cluster").first()).toBeVisible();

  // What the answer was built from, per capability, naming the fallbacks.
  const made = await builtFrom(page);
  await expect(made).toBeVisible();
  await expect(made.locator('[data-capability="top_artists"] dd')).toHaveText("Spotify");
  await expect(made.locator('[data-capability="similar_artists"] dd')).toContainText("Deezer");
  await expect(made.locator('[data-capability="artist_tracks"] dd')).toContainText(/Spotify search|your own top tracks/);
  await expect(made.locator('[data-capability="track_features"] dd')).toHaveText("ReccoBeats");
  await expect(made.locator('[data-capability="concerts"] dd')).toHaveText("Ticketmaster");
  await expect(made).not.toContainText("Bandsintown");

  // Spotify's restrictions in plain words, as information, not as a warning about missing results.
  const notes = made.getByRole("listitem");
  await expect(notes.filter({ hasText: "Spotify does not share related artists with new apps" })).toContainText(
    /restricted since November 2024\): similar artists from Deezer/,
  );
  await expect(notes.filter({ hasText: "Spotify does not share audio features with new apps" })).toContainText(/from ReccoBeats/);
  // Fallbacks that worked are not warnings about missing results.
  await expect(page.getByRole("status").filter({ hasText: "Spotify does not share" })).toHaveCount(0);
  // A warning that does show (say, more events than the listing returns) is about missing data, never these fallbacks.
  const missing = await page.getByRole("status").filter({ hasText: "Some results may be missing" }).getByRole("listitem").allTextContents();
  expect(missing.filter((m) => /Deezer|ReccoBeats|Spotify/.test(m))).toEqual([]);

  // Each mix says why its artists are together: here by their sound (from ReccoBeats' features).
  const panel = page.locator('[data-part="mix-view"]');
  await expect(panel.locator('[data-part="mix-basis"]')).toHaveText("Grouped by sound");
  await expect(panel.locator('[data-part="mix-reason"]')).toContainText(/^Artists with a similar sound: /);
  await expect(panel.locator('[data-part="sound-bar"]')).toHaveCount(5);
  await shot(page, "new-app-results");

  expect(await seriousViolations(page)).toEqual([]);
  expect(network.blocked).toEqual([]);
});

test("a new Spotify app with ReccoBeats down: mixes grown from similar artists, and the page says so", async ({ page, network }) => {
  // A listener no other test on this stack uses (API tests included: tests/api/new-app.test.ts), so
  // no features of their artists are in the app's cache.
  await signIn(page, "demo-hiphop", { stack });
  await setSandboxKnobs({ faultUpstreams: ["reccobeats"], errorRate: 1 }, stack.sandbox);
  // One time range's top artists: the whole taste reaches artists other tests have described already.
  await page.getByText("Advanced").click();
  await page.getByLabel("Your taste from").selectOption({ label: "Last 6 months only" });
  await search(page, { typed: "London", option: /^London\s*ENG, United Kingdom/, value: /^London, (ENG, )?United Kingdom$/ });

  const counts = await countsShown(page);
  expect(counts.tabCounts.reduce((a, b) => a + b, 0)).toBe(counts.concerts);
  expect(counts.concerts).toBeGreaterThan(0);

  // Each mix is named after the top artist it was grown from.
  const names = (await page.getByRole("group", { name: "Show" }).locator('[data-part="mix-name"]').allTextContents()).slice(1);
  expect(names.length).toBe(counts.mixes);
  for (const name of names) expect(name).toMatch(/^Around \S/);

  await chooseMix(page, 0);
  const panel = page.locator('[data-part="mix-view"]');
  const seed = names[0]!.replace(/^Around /, "");
  await expect(panel.getByRole("heading", { level: 3 })).toHaveText(names[0]!);
  await expect(panel.locator('[data-part="mix-basis"]')).toHaveText("Grown from similar artists");
  await expect(panel.locator('[data-part="mix-reason"]')).toHaveText(
    `Grown from ${seed}, one of your top artists, through similar artists (audio features were not available to group by sound).`,
  );
  await expect(panel.locator('[data-part="no-sound-profile"]')).toContainText("No sound profile");
  await expect(panel.locator('[data-part="sound-bar"]')).toHaveCount(0);
  // The mix holds that one top artist, then artists similar to it.
  const artists = (await openWhyThisMix(page)).getByRole("listitem");
  await expect(artists.first().locator('[data-part="artist-name"]')).toHaveText(seed);
  await expect(artists.first()).toContainText("In your top artists");
  const badges = await artists.locator('[data-part="badge"]').allTextContents();
  expect(badges.filter((b) => b === "In your top artists")).toHaveLength(1);
  for (const b of badges.slice(1)) expect(b).toMatch(/^Similar to /);

  // The page says how the mixes were made, and what was missing and from where.
  const made = await builtFrom(page);
  await expect(made.getByRole("listitem").filter({ hasText: "instead of grouped by sound" })).toContainText(
    "each mix is grown from one of your top artists and the artists similar to it",
  );
  // (Features of some of these artists may be in the shared cache already: other searches describe the city's performers.)
  await expect(made.locator('[data-capability="concerts"] dd')).toHaveText("Ticketmaster");
  const missing = page.getByRole("status").filter({ hasText: "Some results may be missing" });
  await expect(missing).toContainText("ReccoBeats did not answer");
  await shot(page, "new-app-graph-mixes");

  expect(await seriousViolations(page)).toEqual([]);
  expect(network.blocked).toEqual([]);
});

test("a performer new to the listener shows with why it is there", async ({ page, network }) => {
  await signIn(page, "demo-metal", { stack });
  await search(page, { typed: "Berl", option: /^Berlin\s*(\S+, )?Germany/, value: /^Berlin, (\S+, )?Germany$/ });
  // Among the concerts (all mixes, else one mix at a time): a card naming a performer new to the listener, and why.
  const reasons = page.locator('[data-part="discovery-reason"]');
  const chips = page.getByRole("group", { name: "Show" }).locator("label");
  for (let i = 1; i < (await chips.count()) && (await reasons.count()) === 0; i++) await chips.nth(i).click();
  const reason = reasons.first();
  await expect(reason).toBeVisible();
  await expect(reason).toHaveText(/^Sounds like .+ in this mix$/);
  await expect(reason.locator("..").getByText("New to you")).toBeVisible();
  await expect(page.getByText(/We looked at \d+ of your artists, \d+ similar ones and \d+ performers nearby/)).toBeVisible();
  await reason.scrollIntoViewIfNeeded();
  await shot(page, "new-app-discovery");
  expect(network.blocked).toEqual([]);
});

