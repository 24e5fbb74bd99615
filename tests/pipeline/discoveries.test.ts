import { describe, expect, it } from "vitest";
import { getBins, type BinsResult } from "@/lib/pipeline/get-bins";
import { getListenerArtists } from "@/lib/pipeline/listener-artists";
import { DISCOVERY_LOOKUPS } from "@/lib/pipeline/discoveries";
import { isTributeAct } from "@/lib/text/tribute-acts";
import { showKey } from "@/lib/pipeline/show-homes";
import { distanceKm } from "@/lib/geo/distance";
import { addDays } from "@/lib/dates/date-range";
import { amsterdamRequest, capabilitiesFor, NEW_APP_SOURCES, sumMatching } from "../helpers/pipeline-setup";
import { useSandbox } from "../helpers/sandbox";

// The whole taste and discoveries, as the web page asks for them, on a Spotify app registered today.

const sandbox = useSandbox({ date: "real" });

const token = (listener = "demo-indie") => ({ spotifyToken: sandbox.issueToken(listener).access_token, timeRange: "medium_term" as const });
const newApp = () => capabilitiesFor(sandbox, {}, NEW_APP_SOURCES);
const developmentMode = () => sandbox.setKnobs({ spotifyDevelopmentMode: true, bandsintownEnabled: false });
const deepSearch = (overrides = {}) =>
  amsterdamRequest(sandbox, { taste: "whole", discoveries: true, radiusKm: 50, range: { begin: sandbox.catalog.today, end: addDays(sandbox.catalog.today, 59) }, ...overrides });
const discoveries = (r: BinsResult) => r.mixes.flatMap((m) => m.discoveries);

describe("the whole taste", () => {
  it("reads every time range's top artists and top tracks once, and merges them without duplicates", async () => {
    developmentMode();
    const { artists } = await getListenerArtists(newApp(), token(), { nTop: 5, nSimilar: 0, taste: "whole" });
    const profile = sandbox.catalog.listeners.find((l) => l.id === "demo-indie")!;
    const topIds = new Set(Object.values(profile.topArtistIds).flat());
    expect(artists.length).toBeGreaterThan(profile.topArtistIds.medium_term.length);
    expect(new Set(artists.map((a) => a.id)).size).toBe(artists.length);
    for (const id of topIds) expect(artists.some((a) => a.id === id)).toBe(true);
    const { byEndpoint } = sandbox.counters();
    expect(sumMatching(byEndpoint, /^spotify .*\/me\/top\/artists/)).toBe(3);
    expect(sumMatching(byEndpoint, /^spotify .*\/me\/top\/tracks/)).toBe(3);
  });

  it("narrows to the listener's strongest artists, and finds similar artists for the strongest few only", async () => {
    developmentMode();
    const { artists } = await getListenerArtists(newApp(), token(), { nTop: 2, nSimilar: 3, taste: "whole", myArtists: 10 });
    expect(artists.filter((a) => a.flag === "top")).toHaveLength(10);
    const similar = artists.filter((a) => a.flag === "related");
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(6);
    const strongest = new Set(artists.slice(0, 2).map((a) => a.id));
    for (const a of similar) expect(a.relatedTo.every((r) => strongest.has(r.id))).toBe(true);
  });
});

describe("discoveries", () => {
  it("places performers nearby the listener does not know in the mix they sound like, and says why", async () => {
    developmentMode();
    const result = await getBins(newApp(), token(), deepSearch());
    const found = discoveries(result);
    expect(found.length).toBeGreaterThan(0);
    const own = new Set(result.mixes.flatMap((m) => m.artists.map((a) => a.id)));
    const search = deepSearch();
    result.mixes.forEach((mix) => {
      for (const d of mix.discoveries) {
        expect(own.has(d.artist.id)).toBe(false);
        expect(isTributeAct(d.artist.name)).toBe(false);
        // Named after artists of the very mix it joined.
        expect(d.soundsLike.length).toBeGreaterThan(0);
        for (const a of d.soundsLike) expect(mix.artists.some((m) => m.id === a.id)).toBe(true);
        for (const { concert, distanceKm: km } of d.concerts) {
          expect(km).toBeLessThanOrEqual(search.radiusKm);
          expect(distanceKm(search.place, concert.venue)).toBeCloseTo(km, 5);
          expect(concert.datetime.slice(0, 10) >= search.range.begin && concert.datetime.slice(0, 10) <= search.range.end).toBe(true);
        }
      }
      // Closest first.
      const distances = mix.discoveries.map((d) => d.distance);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    });
    expect(result.reach?.discoveries?.placed).toBe(found.length);
  });

  it("shows each concert once, in one mix, and orders the mixes by how many they hold", async () => {
    developmentMode();
    const result = await getBins(newApp(), token("demo-eclectic"), deepSearch());
    const homes = result.reach!.homes;
    const perMix = result.mixes.map((_, i) => [...homes.values()].filter((m) => m === i).length);
    expect(perMix.every((n) => n > 0)).toBe(true);
    expect(perMix).toEqual([...perMix].sort((a, b) => b - a));
  });

  it("describes a city's performers once for every listener: no public resource is asked for twice", async () => {
    developmentMode();
    const caps = newApp();
    // Few enough performers to be described in one search (the cap is 40 new ones).
    const narrow = deepSearch({ radiusKm: 5, range: { begin: sandbox.catalog.today, end: addDays(sandbox.catalog.today, 6) } });
    const first = await getBins(caps, token("demo-indie"), narrow);
    expect(first.reach!.discoveries!.waiting).toBe(0);
    const asked = Object.keys(sandbox.counters().byResource).filter((r) => !r.includes("/me/"));
    sandbox.resetCounters();
    const second = await getBins(caps, token("demo-eclectic"), narrow);
    const again = Object.keys(sandbox.counters().byResource).filter((r) => asked.includes(r));
    expect(again).toEqual([]);
    expect(discoveries(second).length + discoveries(first).length).toBeGreaterThan(0);
  });

  it(`looks up at most ${DISCOVERY_LOOKUPS} new performers per search, says the rest will come, and takes them on the next search`, async () => {
    developmentMode();
    const caps = newApp();
    const wide = deepSearch({ radiusKm: 250, range: { begin: sandbox.catalog.today, end: addDays(sandbox.catalog.today, 120) } });
    const first = await getBins(caps, token("demo-jazz"), wide);
    const waiting = first.reach!.discoveries!.waiting;
    expect(waiting).toBeGreaterThan(0);
    expect(first.warnings.find((w) => w.code === "discoveries_partial")?.message).toMatch(new RegExp(`^${waiting} more performers nearby will be looked at on a later search`));
    const second = await getBins(caps, token("demo-jazz"), wide);
    expect(second.reach!.discoveries!.described).toBeGreaterThan(first.reach!.discoveries!.described);
  });

  it("costs only discoveries when the features source fails for them: the listener's own concerts all come back", async () => {
    developmentMode();
    const caps = newApp();
    const clean = await getBins(caps, token("demo-techno"), deepSearch({ discoveries: false }));
    const ownShows = [...clean.reach!.homes.keys()];
    // The listener's own artists were described by the first search; the performers nearby were not.
    sandbox.setKnobs({ spotifyDevelopmentMode: true, bandsintownEnabled: false, errorRate: 1, faultUpstreams: ["reccobeats"] });
    const result = await getBins(caps, token("demo-techno"), deepSearch());
    for (const key of ownShows) expect(result.reach!.homes.has(key)).toBe(true);
    const note = result.warnings.find((w) => w.code === "discoveries_incomplete");
    expect(note?.message).toMatch(/could not be looked up this time/);
  });

  it("tells the concerts on the listings' first page before asking for the other pages, and each of them is in the answer", async () => {
    developmentMode();
    const caps = newApp();
    sandbox.resetCounters();
    const listingPages = () => sumMatching(sandbox.counters().byEndpoint, /^ticketmaster GET \/discovery\/v2\/events\.json$/);
    const told: { pagesAsked: number; shows: string[] }[] = [];
    const result = await getBins(caps, token(), deepSearch(), {
      onConcerts: (found) => {
        if ("artist" in found) told.push({ pagesAsked: listingPages(), shows: found.concerts.map((c) => showKey(c.concert)) });
      },
    });
    expect(listingPages()).toBeGreaterThan(1);
    expect(told[0]?.pagesAsked).toBe(1);
    const answered = new Set(result.reach!.homes.keys());
    for (const show of told.flatMap((t) => t.shows)) expect(answered.has(show)).toBe(true);
  });

  it("says discoveries need an area source when only an artist-by-artist concert source is set up", async () => {
    const result = await getBins(capabilitiesFor(sandbox), token(), deepSearch());
    expect(result.warnings.find((w) => w.code === "discoveries_unavailable")?.message).toMatch(/Discoveries need a concert source that lists every show in an area/);
    expect(discoveries(result)).toEqual([]);
  });
});
