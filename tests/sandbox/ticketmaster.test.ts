// The sandbox's Ticketmaster Discovery v2: geo/date/classification search, paging limits, the
// listing's relation to the Bandsintown catalog, traps for name matching, gateway errors, quota, faults.
import { describe, expect, it } from "vitest";
import { DEMO_CITIES, PERSONAS } from "../../sandbox/catalog/index";
import { addDays, zonedToUtc } from "../../sandbox/catalog/dates";
import { externalName, foldName, spellingVariants } from "../../sandbox/catalog/name-variants";
import { SPOTIFY_LINK_SHARE, TICKETMASTER_SHARE, listedShare, ticketmasterListing } from "../../sandbox/catalog/ticketmaster-events";
import type { TicketmasterEvent } from "../../sandbox/catalog/ticketmaster-events";
import { decodeGeohash } from "../../sandbox/server/geohash";
import { DEFAULT_TICKETMASTER_API_KEYS } from "../../sandbox/server/index";
import { get } from "../contract/harness";
import { startTestSandbox, TEST_TODAY, useSandbox } from "../helpers/sandbox";

const KEY = DEFAULT_TICKETMASTER_API_KEYS[0]!;

interface TmEvent {
  name: string;
  id: string;
  type: string;
  url: string;
  dates: { start: { localDate: string; localTime: string; dateTime: string }; timezone?: string; status: { code: string } };
  classifications: { segment: { name: string }; genre: { name: string } }[];
  priceRanges?: { type: string; currency: string; min: number; max: number }[];
  _embedded: {
    venues: { name: string; city: { name: string }; country: { name: string; countryCode: string }; location: { latitude: string; longitude: string }; timezone: string }[];
    attractions?: { name: string; id: string; externalLinks?: { spotify: { url: string }[] } }[];
  };
}
interface TmPage {
  _embedded?: { events: TmEvent[] };
  _links: Record<string, { href: string }>;
  page: { size: number; totalElements: number; totalPages: number; number: number };
}

const sb = useSandbox();

const search = (params: Record<string, string>, apikey: string | null = KEY) =>
  get(sb, `/ticketmaster/discovery/v2/events.json?${new URLSearchParams({ ...(apikey === null ? {} : { apikey }), ...params })}`);
const page = async (params: Record<string, string>) => {
  const r = await search(params);
  expect(r.status, r.text.slice(0, 200)).toBe(200);
  return r.json as TmPage;
};
const listing = () => ticketmasterListing(sb.catalog);
const city = (name: string) => sb.catalog.cities.find((c) => c.name === name)!;
const latlong = (name: string) => `${city(name).latitude},${city(name).longitude}`;
const window90 = { startDateTime: `${TEST_TODAY}T00:00:00Z`, endDateTime: `${addDays(TEST_TODAY, 90)}T00:00:00Z` };

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
const kmFrom = (name: string, e: { venue: { latitude: string; longitude: string } }) =>
  km(city(name).latitude, city(name).longitude, Number(e.venue.latitude), Number(e.venue.longitude));

describe("GET /events.json", () => {
  it("finds music events within a radius and a date window, in date order, with complete objects", async () => {
    const body = await page({ latlong: latlong("Amsterdam"), radius: "25", unit: "km", ...window90, classificationName: "music", size: "200", sort: "date,asc" });
    const events = body._embedded!.events;
    const expected = listing().filter(
      (e) => e.segment === "Music" && kmFrom("Amsterdam", e) <= 25 && e.dateTime >= window90.startDateTime && e.dateTime <= window90.endDateTime,
    );
    // A city's 90 days hold more than a page: the first page is the first 200 of them.
    expect(events.map((e) => e.id)).toEqual(expected.slice(0, 200).map((e) => e.id));
    expect(body.page).toEqual({ size: 200, totalElements: expected.length, totalPages: Math.ceil(expected.length / 200), number: 0 });
    expect(expected.length).toBeGreaterThan(200);
    for (const e of events) {
      expect(e.type).toBe("event");
      expect(e.classifications[0]!.segment.name).toBe("Music");
      const v = e._embedded.venues[0]!;
      expect(e._embedded.venues).toHaveLength(1);
      expect(v).toMatchObject({ city: { name: expect.any(String) }, country: { countryCode: "NL" }, timezone: "Europe/Amsterdam" });
      expect(typeof v.location.latitude).toBe("string");
      expect(e.dates.start.dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(e.dates.start.dateTime).toBe(zonedToUtc(`${e.dates.start.localDate}T${e.dates.start.localTime}`, v.timezone));
      expect(e.url).not.toContain(e.id);
    }
    const times = events.map((e) => e.dates.start.dateTime);
    expect([...times].sort()).toEqual(times);
  });

  it("accepts geoPoint (a geohash) instead of latlong; unit defaults to miles", async () => {
    expect(decodeGeohash("u4pruydqqvj")).toEqual({ latitude: expect.closeTo(57.64911, 4), longitude: expect.closeTo(10.40744, 4) });
    const centre = decodeGeohash("u173zq")!;
    expect(km(centre.latitude, centre.longitude, city("Amsterdam").latitude, city("Amsterdam").longitude)).toBeLessThan(2);
    const byHash = await page({ geoPoint: "u173zq", radius: "10", size: "200" });
    const byPoint = await page({ latlong: `${centre.latitude},${centre.longitude}`, radius: "10", unit: "miles", size: "200" });
    const inKm = await page({ latlong: `${centre.latitude},${centre.longitude}`, radius: String(10 * 1.609344), unit: "km", size: "200" });
    expect(byHash.page.totalElements).toBeGreaterThan(0);
    expect(byHash._embedded!.events.map((e) => e.id)).toEqual(byPoint._embedded!.events.map((e) => e.id));
    expect(inKm.page.totalElements).toBe(byPoint.page.totalElements);
    expect((await search({ geoPoint: "u17!" })).status).toBe(400);
  });

  it("with no events: no _embedded, just _links and page", async () => {
    const body = await page({ latlong: "0,-30", radius: "5" });
    expect(body).toEqual({
      _links: { self: { href: "/discovery/v2/events.json?latlong=0%2C-30&radius=5&page=0&size=20" } },
      page: { size: 20, totalElements: 0, totalPages: 0, number: 0 },
    });
  });

  it("lists sports and theatre only without classificationName=music", async () => {
    const near = { latlong: latlong("London"), radius: "30", unit: "km", size: "200" };
    const total = async (classificationName?: string) => (await page({ ...near, ...(classificationName ? { classificationName } : {}) })).page.totalElements;
    const [all, music, sports, theatre, family] = [await total(), await total("music"), await total("Sports"), await total("Arts & Theatre"), await total("Miscellaneous")];
    expect(sports).toBeGreaterThan(0);
    expect(theatre).toBeGreaterThan(0);
    expect(family).toBeGreaterThan(0);
    expect(all).toBe(music + sports + theatre + family);
    const musicPage = await page({ ...near, classificationName: "music" });
    expect(new Set(musicPage._embedded!.events.map((e) => e.classifications[0]!.segment.name))).toEqual(new Set(["Music"]));
  });

  it("pages with size (default 20) and page, links without the apikey", async () => {
    const first = await page({ latlong: latlong("Berlin"), radius: "50", unit: "km" });
    expect(first.page).toMatchObject({ size: 20, number: 0 });
    expect(first.page.totalPages).toBe(Math.ceil(first.page.totalElements / 20));
    expect(first._links.next!.href).toContain("page=1");
    for (const l of Object.values(first._links)) expect(l.href).not.toContain("apikey");
    const second = await page({ latlong: latlong("Berlin"), radius: "50", unit: "km", page: "1" });
    const both = await page({ latlong: latlong("Berlin"), radius: "50", unit: "km", size: "40" });
    expect([...first._embedded!.events, ...second._embedded!.events].map((e) => e.id)).toEqual(both._embedded!.events.map((e) => e.id));
  });

  it("answers the same bytes for the same seed and today", async () => {
    const other = await startTestSandbox();
    try {
      const path = `/ticketmaster/discovery/v2/events.json?apikey=${KEY}&latlong=${latlong("London")}&radius=20&unit=km&size=50`;
      expect((await get(other, path)).text.replaceAll(other.url, "")).toBe((await get(sb, path)).text.replaceAll(sb.url, ""));
    } finally {
      await other.close();
    }
  });
});

describe("Discovery errors and the API gateway", () => {
  const discoveryError = (code: string, detail: string) => ({ errors: [{ code, detail, status: "400", _links: { self: { href: "/discovery/v2/events.json" } } }] });

  it("400 DIS1035 once page * size reaches 1,000", async () => {
    const body = discoveryError("DIS1035", "API Limits Exceeded: Max paging depth exceeded. (page * size) must be less than 1,000");
    for (const [p, size] of [["5", "200"], ["50", "20"]]) {
      const r = await search({ page: p!, size: size! });
      expect([r.status, r.json]).toEqual([400, body]);
    }
    expect((await search({ page: "4", size: "200" })).status).toBe(200);
    expect((await search({ page: "49", size: "20" })).status).toBe(200);
  });

  it("400 DIS1036 above 200 per page, DIS1015 for dates not in YYYY-MM-DDTHH:mm:ssZ", async () => {
    const big = await search({ size: "201" });
    expect([big.status, big.json]).toEqual([400, discoveryError("DIS1036", 'Query param "size" must be less than 200')]);
    for (const d of ["2026-06-15T00:00:00.000Z", "2026-06-15T00:00:00", "2026-06-15"]) {
      const r = await search({ startDateTime: d });
      expect(r.status, d).toBe(400);
      expect((r.json as { errors: { code: string }[] }).errors[0]!.code).toBe("DIS1015");
    }
  });

  it("401 Invalid ApiKey without a valid key", async () => {
    const body = { fault: { faultstring: "Invalid ApiKey", detail: { errorcode: "oauth.v2.InvalidApiKey" } } };
    for (const key of [null, "", "not-a-key"]) {
      const r = await search({}, key);
      expect([r.status, r.json]).toEqual([401, body]);
    }
  });

  it("ticketmasterDailyQuota counts calls per key (400s too) and then answers 429 QuotaViolation", async () => {
    sb.setKnobs({ ticketmasterDailyQuota: 3 });
    const ok = await search({});
    expect([ok.headers.get("rate-limit"), ok.headers.get("rate-limit-available"), ok.headers.get("rate-limit-over")]).toEqual(["3", "2", "0"]);
    expect(Number(ok.headers.get("rate-limit-reset"))).toBeGreaterThan(Date.now());
    expect((await search({ size: "500" })).status).toBe(400);
    expect((await search({})).headers.get("rate-limit-available")).toBe("0");
    const over = await search({});
    expect([over.status, over.json]).toEqual([
      429,
      { fault: { faultstring: `Rate limit quota violation. Quota limit  exceeded. Identifier : ${KEY}`, detail: { errorcode: "policies.ratelimit.QuotaViolation" } } },
    ]);
    expect((await search({}, "not-a-key")).status).toBe(401);
    sb.setKnobs({ ticketmasterDailyQuota: 0 });
    for (let i = 0; i < 5; i++) expect((await search({})).status).toBe(200);
  });

  it("faults, when ticketmaster is in faultUpstreams: spike arrest 429 and 503 in Apigee's shape", async () => {
    sb.setKnobs({ errorRate: 1 });
    expect((await search({})).status).toBe(200);
    sb.setKnobs({ faultUpstreams: ["ticketmaster"], rateLimit: 1, errorRate: 0 });
    expect((await search({})).status).toBe(200);
    const spike = await search({});
    expect([spike.status, spike.json]).toEqual([
      429,
      {
        fault: {
          faultstring: "Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=5, periodInMicroseconds=1000000, maxBurstMessageCount=1.0}",
          detail: { errorcode: "policies.ratelimit.SpikeArrestViolation" },
        },
      },
    ]);
    sb.setKnobs({ rateLimit: 0, errorRate: 1 });
    const down = await search({});
    expect([down.status, (down.json as { fault: { detail: { errorcode: string } } }).fault.detail.errorcode]).toEqual([
      503,
      "messaging.adaptors.http.flow.ServiceUnavailable",
    ]);
  });

  it("counters show the endpoint and the query without the key", async () => {
    await search({ latlong: "52.37,4.9", radius: "5" });
    await search({}, "bad");
    const c = sb.counters();
    expect(c.byEndpoint["ticketmaster GET /discovery/v2/events.json"]).toBe(2);
    expect(c.byResource["ticketmaster GET /discovery/v2/events.json?latlong=52.37%2C4.9&radius=5"]).toBe(1);
    expect(c.byStatus.ticketmaster).toEqual({ "200": 1, "401": 1 });
  });
});

describe("the listing", () => {
  const upcoming = () => sb.catalog.events.filter((e) => e.datetime.slice(0, 10) >= sb.catalog.today);
  const sourced = () => new Map(listing().flatMap((e) => (e.sourceEventId ? [[e.sourceEventId, e] as const] : [])));

  it("lists ~70% of upcoming Bandsintown shows (all festival days and demo-city shows in the next 90 days)", () => {
    const listed = sourced();
    const ordinary = upcoming().filter((e) => !e.festival && listedShare(sb.catalog, e) === TICKETMASTER_SHARE);
    const share = ordinary.filter((e) => listed.has(e.id)).length / ordinary.length;
    expect(share).toBeGreaterThan(TICKETMASTER_SHARE - 0.05);
    expect(share).toBeLessThan(TICKETMASTER_SHARE + 0.05);
    for (const e of upcoming()) if (e.festival || listedShare(sb.catalog, e) === 1) expect(listed.has(e.id)).toBe(true);
    for (const e of sb.catalog.events) if (e.datetime.slice(0, 10) < sb.catalog.today) expect(listed.has(e.id)).toBe(false);
  });

  it("keeps venue, coordinates, local date and time and the bill of each listed show", () => {
    const byId = new Map(sb.catalog.events.map((e) => [e.id, e]));
    for (const [id, t] of sourced()) {
      const e = byId.get(id)!;
      expect(`${t.localDate}T${t.localTime}`).toBe(e.datetime);
      expect([t.venue.name, t.venue.latitude, t.venue.longitude]).toEqual([e.venue.name, e.venue.latitude, e.venue.longitude]);
      expect(t.attractions.map((a) => a.artistId)).toEqual(e.artistIds);
    }
  });

  it("converts venue-local time to UTC with the city's time zone", () => {
    expect(zonedToUtc("2026-07-01T20:00:00", "Europe/Amsterdam")).toBe("2026-07-01T18:00:00Z");
    expect(zonedToUtc("2026-12-01T20:00:00", "Europe/Amsterdam")).toBe("2026-12-01T19:00:00Z");
    expect(zonedToUtc("2026-07-01T20:00:00", "America/New_York")).toBe("2026-07-02T00:00:00Z");
    expect(zonedToUtc("2026-03-29T02:30:00", "Europe/Berlin")).toBe("2026-03-29T01:30:00Z"); // in the spring-forward gap
    expect(zonedToUtc("2026-07-01T20:00:00", "Australia/Sydney")).toBe("2026-07-01T10:00:00Z");
    const ny = listing().find((e) => e.venue.city === "New York")!;
    expect(ny.dateTime).toBe(zonedToUtc(`${ny.localDate}T${ny.localTime}`, "America/New_York"));
  });

  it("the same show is found over HTTP with the Bandsintown venue, date and time", async () => {
    const [id, t] = [...sourced()].find(([, x]) => x.venue.city === "Amsterdam")!;
    const bit = sb.catalog.events.find((e) => e.id === id)!;
    const body = await page({
      latlong: `${bit.venue.latitude},${bit.venue.longitude}`, radius: "0.1", unit: "km",
      startDateTime: `${addDays(t.localDate, -1)}T00:00:00Z`, endDateTime: `${addDays(t.localDate, 1)}T23:59:59Z`,
    });
    const found = body._embedded!.events.find((e) => e.id === t.id)!;
    expect(`${found.dates.start.localDate}T${found.dates.start.localTime}`).toBe(bit.datetime);
    expect(found._embedded.venues[0]!.location).toEqual({ latitude: bit.venue.latitude, longitude: bit.venue.longitude });
  });

  it("gives ~60% of the base catalog's artists their Spotify link; the rest are matched by name only", async () => {
    const linked = new Map<string, boolean>();
    for (const e of listing()) if (e.kind === "catalog") for (const a of e.attractions) if (a.artistId) linked.set(a.artistId, a.spotifyLink);
    const share = [...linked.values()].filter(Boolean).length / linked.size;
    expect(share).toBeGreaterThan(SPOTIFY_LINK_SHARE - 0.08);
    expect(share).toBeLessThan(SPOTIFY_LINK_SHARE + 0.08);
    const body = await page({ latlong: latlong("London"), radius: "30", unit: "km", size: "200", classificationName: "music" });
    const attractions = body._embedded!.events.flatMap((e) => e._embedded.attractions ?? []);
    const withLink = attractions.find((a) => a.externalLinks)!;
    expect(withLink.externalLinks!.spotify[0]!.url).toMatch(/^https:\/\/open\.spotify\.com\/artist\/[0-9A-Za-z]{22}$/);
    expect(attractions.some((a) => !("externalLinks" in a))).toBe(true);
  });

  it("spells variant artists the Last.fm/Ticketmaster way", () => {
    const variants = spellingVariants(sb.catalog);
    const shown = listing().flatMap((e) => e.attractions).filter((a) => a.artistId && variants.has(a.artistId));
    expect(shown.length).toBeGreaterThan(10);
    for (const a of shown) expect(a.name).toBe(variants.get(a.artistId!));
    expect(shown.some((a) => !a.spotifyLink)).toBe(true);
  });

  it("has tribute acts near the real artists, and in every demo city for each persona's top artists", () => {
    const tributes = listing().filter((e) => e.kind === "tribute");
    expect(tributes.length).toBeGreaterThan(30);
    const byId = new Map(sb.catalog.artists.map((a) => [a.id, a]));
    for (const t of tributes) {
      const artist = byId.get(t.tributeOf!)!;
      const n = artist.name.replace(/^The /, "");
      expect([`A Tribute to ${n}`, `${n} Tribute Band`, `The ${n} Experience`]).toContain(t.name);
      expect(t.attractions).toEqual([expect.objectContaining({ name: t.name, artistId: null, spotifyLink: false })]);
    }
    for (const p of PERSONAS) {
      const top = sb.catalog.listeners.find((l) => l.id === p.id)!.topArtistIds.medium_term;
      for (const c of DEMO_CITIES) {
        const here = tributes.filter((t) => t.venue.city === c && top.includes(t.tributeOf!) && t.localDate <= addDays(TEST_TODAY, 90));
        expect(here.length, `${p.id} in ${c}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("has local acts and non-music events that are not catalog artists", () => {
    const folds = new Set(sb.catalog.artists.flatMap((a) => [foldName(a.name), foldName(externalName(sb.catalog, a))]));
    const others = listing().filter((e) => e.kind === "local" || e.kind === "non-music");
    expect(others.filter((e) => e.kind === "local").length).toBeGreaterThan(20);
    for (const e of others) for (const a of e.attractions) expect(folds.has(foldName(a.name))).toBe(false);
  });

  it("lists each festival day as one event with the whole bill", () => {
    const festivalDays: TicketmasterEvent[] = listing().filter((e) => e.sourceEventId && sb.catalog.events.find((x) => x.id === e.sourceEventId)!.festival);
    expect(festivalDays.length).toBeGreaterThanOrEqual(2);
    for (const e of festivalDays) {
      expect(e.name).toMatch(/ - Day \d$/);
      expect(e.attractions.length).toBeGreaterThanOrEqual(8);
    }
  });

  it("varies like the real API: some events without priceRanges or dates.timezone, a few cancelled", () => {
    const l = listing();
    expect(l.some((e) => e.priceRange) && l.some((e) => !e.priceRange)).toBe(true);
    expect(l.some((e) => e.timezone === null)).toBe(true);
    expect(l.some((e) => e.status === "cancelled")).toBe(true);
    expect(l.filter((e) => e.status === "onsale").length / l.length).toBeGreaterThan(0.85);
  });

  it("gives every persona plenty of matchable shows in each demo city over the next 90 days", () => {
    const byId = new Map(sb.catalog.artists.map((a) => [a.id, a]));
    for (const p of PERSONAS) {
      const l = sb.catalog.listeners.find((x) => x.id === p.id)!;
      const top = Object.values(l.topArtistIds).flat();
      const reach = new Set([...top, ...top.flatMap((id) => byId.get(id)!.relatedIds)]);
      for (const c of DEMO_CITIES) {
        const n = listing().filter(
          (e) => e.status !== "cancelled" && e.localDate <= addDays(TEST_TODAY, 90) && kmFrom(c, e) <= 25 && e.attractions.some((a) => a.artistId && reach.has(a.artistId)),
        ).length;
        expect(n, `${p.id} in ${c}`).toBeGreaterThanOrEqual(8);
      }
    }
  });
});

describe("GET /events/{id}", () => {
  const one = (id: string, apikey: string | null = KEY, suffix = ".json") =>
    get(sb, `/ticketmaster/discovery/v2/events/${encodeURIComponent(id)}${suffix}${apikey === null ? "" : `?apikey=${apikey}`}`);

  it("answers an event exactly as the search lists it, with or without .json", async () => {
    const p = await page({ latlong: latlong("Berlin"), radius: "30", unit: "km", classificationName: "music", size: "20", ...window90 });
    const listed = p._embedded!.events[3]!;
    for (const suffix of [".json", ""]) {
      const r = await one(listed.id, KEY, suffix);
      expect(r.status).toBe(200);
      expect(r.json).toEqual(listed);
    }
  });

  it("finds cancelled, rescheduled and priced events too, each with its status code", async () => {
    for (const status of ["cancelled", "rescheduled", "postponed"] as const) {
      const e = listing().find((x) => x.status === status)!;
      const r = await one(e.id);
      expect((r.json as TmEvent).dates.status.code).toBe(status);
    }
    const priced = listing().find((x) => x.priceRange)!;
    expect((await one(priced.id)).json).toMatchObject({ priceRanges: [{ currency: priced.priceRange!.currency, min: priced.priceRange!.min, max: priced.priceRange!.max }] });
  });

  it("answers Discovery's 404 for an unknown id, and the gateway's 401 for a bad key", async () => {
    const missing = await one("Z7r9jZ1AdFEZv-nope");
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ errors: [{ code: "DIS1004", status: "404" }] });
    const bad = await one(listing()[0]!.id, "wrong-key");
    expect(bad.status).toBe(401);
    expect(bad.json).toMatchObject({ fault: { detail: { errorcode: "oauth.v2.InvalidApiKey" } } });
  });
});
