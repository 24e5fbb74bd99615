// The city scenes: big cities as dense as real ones, by acts no demo listener knows, on Spotify with
// features, and a Ticketmaster listing with classifications, Spotify links and traps; and the proof
// that the scenes change nothing of the base catalog the demo listeners' concerts come from.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { distanceKm } from "../../lib/geo/distance";
import {
  BIG_DEMO_CITIES, DEFAULT_SEED, LOCAL_SPOTIFY_LINK_SHARE, NOT_ON_DEEZER_SHARE, NOT_ON_RECCOBEATS_SHARE, SPOTIFY_LINK_SHARE,
  TOURING_SPOTIFY_LINK_SHARE, externalName, generateCatalog, indexCatalog, lastfmSimilar, reccobeatsId, ticketmasterListing,
} from "./index";
import type { Catalog, CatalogFeatures, TicketmasterEvent } from "./index";
import { addDays } from "./dates";
import { GENRE_KEYS, GENRES } from "./genres";
import { musicClassification } from "./ticketmaster-classifications";

const TODAY = "2026-11-23";
const catalog = generateCatalog({ seed: DEFAULT_SEED, today: TODAY });
const base = generateCatalog({ seed: DEFAULT_SEED, today: TODAY, scenes: false });
const idx = indexCatalog(catalog);
const listing = ticketmasterListing(catalog);
const kindOf = new Map(catalog.scenes.acts.map((a) => [a.artistId, a.kind]));
const sceneArtists = catalog.artists.filter((a) => kindOf.has(a.id));
const city = (name: string) => catalog.cities.find((c) => c.name === name)!;
const kmFrom = (name: string, v: { latitude: string; longitude: string }) => distanceKm(city(name), { latitude: Number(v.latitude), longitude: Number(v.longitude) });
/** Ticketmaster events within 50 km of a city's centre on days [from, from + days) from TODAY. */
const near = (name: string, from: number, days = 60) =>
  listing.filter((e) => e.localDate >= addDays(TODAY, from) && e.localDate < addDays(TODAY, from + days) && kmFrom(name, e.venue) <= 50);
const music = (events: TicketmasterEvent[]) => events.filter((e) => e.segment === "Music");
const hash = (x: unknown) => createHash("sha256").update(JSON.stringify(x)).digest("hex").slice(0, 16);

describe("the base catalog stays as it was", () => {
  it("the scenes only append: every base artist, album, track, listener, event and city is unchanged", () => {
    expect(catalog.artists.slice(0, base.artists.length)).toEqual(base.artists);
    expect(catalog.albums.slice(0, base.albums.length)).toEqual(base.albums);
    expect(catalog.tracks.slice(0, base.tracks.length)).toEqual(base.tracks);
    expect(catalog.listeners).toEqual(base.listeners);
    expect(catalog.cities).toEqual(base.cities);
    expect(catalog.events.filter((e) => !kindOf.has(e.artistIds[0]!))).toEqual(base.events);
    expect(base.scenes).toEqual({ acts: [], venues: [], localShows: [] });
  });

  it("hashes as the catalog did before the scenes existed", () => {
    // Recorded from the catalog of 2245762 (seed 20261123, today 2026-11-23), the last commit without scenes.
    expect({
      artists: hash(base.artists), albums: hash(base.albums), tracks: hash(base.tracks), listeners: hash(base.listeners), events: hash(base.events),
    }).toEqual({
      artists: "b78102ed49339f18", albums: "a326f7c4db92b716", tracks: "8882f0dc8bc5f0e8", listeners: "6e86825695d7e735", events: "8225e9157a71f666",
    });
  });

  it("Ticketmaster lists the base catalog's events exactly as before, as do Last.fm and the spellings", () => {
    const byId = new Map(listing.map((e) => [e.id, e]));
    const before = ticketmasterListing(base);
    expect(before.filter((e) => JSON.stringify(byId.get(e.id)) !== JSON.stringify(e))).toEqual([]);
    // The fields the listing had before the scenes (recorded from 2245762, in this key order).
    const pick = <T extends object>(o: T, keys: (keyof T)[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
    const old = before.map((e) => ({
      ...pick(e, ["id", "name", "kind", "sourceEventId", "tributeOf", "segment", "genre", "localDate", "localTime", "dateTime", "timezone", "status", "onSaleDateTime", "priceRange"]),
      venue: pick(e.venue, ["id", "name", "city", "region", "country", "countryCode", "address", "latitude", "longitude", "timezone"]),
      attractions: e.attractions.map((a) => pick(a, ["id", "name", "artistId", "spotifyLink"])),
    }));
    expect(hash(old)).toBe("446dcb3879b42047");
    for (const a of base.artists) {
      expect(lastfmSimilar(catalog, idx.artistsById.get(a.id)!)).toEqual(lastfmSimilar(base, a));
      expect(externalName(catalog, a)).toBe(externalName(base, a));
    }
  });

  it("no demo listener has a scene act among their artists, nor do base artists' related artists", () => {
    const listenersArtists = catalog.listeners.flatMap((l) => Object.values(l.topArtistIds).flat());
    expect(listenersArtists.filter((id) => kindOf.has(id))).toEqual([]);
    expect(base.artists.flatMap((a) => a.relatedIds).filter((id) => kindOf.has(id))).toEqual([]);
    expect(catalog.events.filter((e) => kindOf.has(e.artistIds[0]!) && e.artistIds.some((id) => !kindOf.has(id)))).toEqual([]);
  });
});

describe("big cities as dense as real ones", () => {
  it.each(BIG_DEMO_CITIES)("%s: 300–500 music events within 50 km in any 60 days of the coming year", (name) => {
    for (let from = 0; from + 60 <= 366; from += 30) {
      const n = music(near(name, from)).length;
      expect(n, `${name} from day ${from}`).toBeGreaterThanOrEqual(300);
      expect(n, `${name} from day ${from}`).toBeLessThanOrEqual(500);
    }
  });

  it("smaller cities have scenes in proportion to their weight; Reykjavík and the far north none", () => {
    const n = (name: string) => music(near(name, 0)).length;
    expect(n("Manchester")).toBeGreaterThan(15);
    expect(n("Manchester")).toBeLessThan(100);
    expect(n("Seoul")).toBeGreaterThan(n("Bristol"));
    expect(catalog.scenes.venues.filter((v) => ["Reykjavík", "Tromsø", "Nuuk"].includes(v.city))).toEqual([]);
  });

  it.each(BIG_DEMO_CITIES)("%s: most music events are by acts no demo listener knows, in all 14 genres, leaning to the city's scene", (name) => {
    const events = music(near(name, 0));
    expect(events.filter((e) => e.kind === "scene").length / events.length).toBeGreaterThan(0.75);
    const perGenre = new Map(GENRE_KEYS.map((g) => [g, 0]));
    for (const e of events) for (const a of e.attractions) if (a.artistId && kindOf.has(a.artistId)) perGenre.set(a.genre!, perGenre.get(a.genre!)! + 1);
    expect([...perGenre].filter(([, n]) => n === 0)).toEqual([]);
    const hot = GENRES.filter((g) => g.hotCities.includes(name)).map((g) => perGenre.get(g.key)!);
    const other = GENRES.filter((g) => !g.hotCities.includes(name)).map((g) => perGenre.get(g.key)!);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(hot)).toBeGreaterThan(1.5 * mean(other));
  });
});

describe("the scenes' acts", () => {
  it("are touring acts (on Bandsintown, with tours) and local acts (on Ticketmaster only), each with a known genre", () => {
    const touring = sceneArtists.filter((a) => kindOf.get(a.id) === "touring");
    const local = sceneArtists.filter((a) => kindOf.get(a.id) === "local");
    expect(touring.length).toBeGreaterThan(300);
    expect(local.length).toBeGreaterThan(300);
    for (const a of sceneArtists) expect(GENRE_KEYS).toContain(a.genre);
    expect(touring.filter((a) => a.bandsintownId === null || idx.eventsByArtistId.get(a.id)!.length === 0)).toEqual([]);
    expect(local.filter((a) => a.bandsintownId !== null || idx.eventsByArtistId.get(a.id)!.length > 0)).toEqual([]);
    const gigs = new Set(catalog.scenes.localShows.flatMap((s) => s.artistIds));
    expect(local.filter((a) => !gigs.has(a.id))).toEqual([]);
    for (const s of catalog.scenes.localShows) expect(s.artistIds.every((id) => kindOf.get(id) === "local")).toBe(true);
  });

  it("sound like their genre, as the base artists do", () => {
    const mean = (genre: string, f: keyof CatalogFeatures) => {
      const tracks = sceneArtists.filter((a) => a.genre === genre).flatMap((a) => a.trackIds.map((id) => idx.tracksById.get(id)!.features[f]));
      return tracks.reduce((s, x) => s + x, 0) / tracks.length;
    };
    expect(mean("techno", "tempo")).toBeGreaterThan(125);
    expect(mean("techno", "tempo")).toBeLessThan(135);
    expect(mean("dnb", "tempo")).toBeGreaterThan(165);
    expect(mean("metal", "energy")).toBeGreaterThan(mean("ambient", "energy") + 0.5);
    expect(mean("hiphop", "speechiness")).toBeGreaterThan(mean("jazz", "speechiness") + 0.15);
    expect(mean("classical", "acousticness")).toBeGreaterThan(mean("techno", "acousticness") + 0.8);
  });

  it("are mostly known to ReccoBeats and on Deezer, in the base catalog's shares", () => {
    const tracks = sceneArtists.flatMap((a) => a.trackIds.map((id) => idx.tracksById.get(id)!));
    const unknown = tracks.filter((t) => reccobeatsId(t) === null).length / tracks.length;
    expect(unknown).toBeGreaterThan(NOT_ON_RECCOBEATS_SHARE - 0.03);
    expect(unknown).toBeLessThan(NOT_ON_RECCOBEATS_SHARE + 0.03);
    const offDeezer = sceneArtists.filter((a) => a.deezerId === null).length / sceneArtists.length;
    expect(offDeezer).toBeLessThan(NOT_ON_DEEZER_SHARE + 0.03);
    const deezerIds = catalog.artists.flatMap((a) => (a.deezerId === null ? [] : [a.deezerId]));
    expect(new Set(deezerIds).size).toBe(deezerIds.length);
  });

  it("never take a name that another source's made-up names or spellings use", () => {
    const folded = (n: string) => n.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    const baseFolds = new Set(base.artists.flatMap((a) => [folded(a.name), folded(externalName(base, a))]));
    expect(sceneArtists.filter((a) => baseFolds.has(folded(a.name)) || /tribute|experience/i.test(a.name))).toEqual([]);
  });
});

describe("venues and bills", () => {
  it.each(BIG_DEMO_CITIES)("%s: venues of every size across the metro area, most near the centre", (name) => {
    const venues = catalog.scenes.venues.filter((v) => v.city === name);
    const kinds = new Set(venues.map((v) => v.kind));
    expect([...kinds].sort()).toEqual(["arena", "club", "concert hall", "music hall", "stadium", "theatre"]);
    const km = venues.map((v) => kmFrom(name, v));
    expect(Math.max(...km)).toBeLessThanOrEqual(45.5);
    expect(km.filter((d) => d <= 10).length / km.length).toBeGreaterThan(0.6);
    expect(km.some((d) => d > 15)).toBe(true);
    for (const v of venues.filter((x) => x.kind === "club")) expect(v.capacity).toBeLessThanOrEqual(1200);
    for (const v of venues.filter((x) => x.kind === "arena")) expect(v.capacity).toBeGreaterThanOrEqual(9000);
  });

  it("are each one place: no two venues of a city share a name", () => {
    const keys = catalog.scenes.venues.map((v) => `${v.city}|${v.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("put bigger acts in bigger rooms, headliner first, support acts less popular", () => {
    const scene = catalog.events.filter((e) => kindOf.has(e.artistIds[0]!));
    const head = (e: Catalog["events"][number]) => idx.artistsById.get(e.artistIds[0]!)!;
    const capacity = (e: Catalog["events"][number]) => (e.venue as Catalog["scenes"]["venues"][number]).capacity;
    const avg = (es: typeof scene) => es.reduce((s, e) => s + capacity(e), 0) / es.length;
    expect(avg(scene.filter((e) => head(e).popularity >= 70))).toBeGreaterThan(3 * avg(scene.filter((e) => head(e).popularity < 35)));
    for (const e of scene) {
      expect(e.artistIds.length).toBeLessThanOrEqual(3);
      for (const id of e.artistIds.slice(1)) expect(idx.artistsById.get(id)!.popularity).toBeLessThan(head(e).popularity);
    }
    expect(scene.filter((e) => e.artistIds.length > 1).length / scene.length).toBeGreaterThan(0.25);
  });

  it("have multi-night runs and weekly residencies", () => {
    const key = (e: { artistIds: string[]; venue: { name: string } }) => `${e.artistIds[0]}|${e.venue.name}`;
    const dates = new Map<string, string[]>();
    for (const e of [...catalog.events, ...catalog.scenes.localShows]) dates.set(key(e), [...(dates.get(key(e)) ?? []), e.datetime.slice(0, 10)]);
    const gaps = [...dates.values()].flatMap((ds) => ds.sort().slice(1).map((d, i) => Math.round((Date.parse(d) - Date.parse(ds[i]!)) / 86_400_000)));
    expect(gaps.filter((g) => g === 1).length).toBeGreaterThan(50);
    expect(gaps.filter((g) => g === 7).length).toBeGreaterThan(50);
  });
});

describe("the scenes on Ticketmaster", () => {
  const bigCityMusic = BIG_DEMO_CITIES.flatMap((name) => music(near(name, 0)));

  it("classifies every event and attraction (segment, genre, subGenre) by its music", () => {
    for (const e of listing) expect([e.segment, e.genre, e.subGenre].every((x) => x.length > 0)).toBe(true);
    const scene = bigCityMusic.filter((x) => x.kind === "scene");
    expect(scene.filter((e) => e.subGenre !== musicClassification(e.attractions[0]!.genre!).subGenre)).toEqual([]);
  });

  it("carries Spotify links on the share of attractions that have them in reality", () => {
    const share = (kind: string) => {
      const attractions = bigCityMusic.flatMap((e) => e.attractions).filter((a) => a.artistId && kindOf.get(a.artistId) === kind);
      return attractions.filter((a) => a.spotifyLink).length / attractions.length;
    };
    expect(Math.abs(share("touring") - TOURING_SPOTIFY_LINK_SHARE)).toBeLessThan(0.08);
    expect(Math.abs(share("local") - LOCAL_SPOTIFY_LINK_SHARE)).toBeLessThan(0.05);
    const all = bigCityMusic.flatMap((e) => e.attractions);
    const overall = all.filter((a) => a.spotifyLink).length / all.length;
    expect(overall).toBeGreaterThan(0.2);
    expect(overall).toBeLessThan(SPOTIFY_LINK_SHARE);
  });

  it.each(BIG_DEMO_CITIES)("%s: has the traps: tribute acts, non-music events, cancelled and postponed or rescheduled shows", (name) => {
    const events = near(name, 0);
    const tributes = events.filter((e) => e.kind === "tribute");
    expect(tributes.length).toBeGreaterThanOrEqual(5);
    expect(tributes.some((e) => kindOf.has(e.tributeOf!))).toBe(true);
    const other = events.filter((e) => e.kind === "non-music");
    expect(other.length).toBeGreaterThanOrEqual(20);
    expect(new Set(other.map((e) => e.segment)).has("Music")).toBe(false);
    expect(new Set(other.map((e) => e.segment)).size).toBeGreaterThanOrEqual(2);
    const m = music(events);
    const cancelled = m.filter((e) => e.status === "cancelled").length;
    expect(cancelled).toBeGreaterThanOrEqual(1);
    expect(cancelled / m.length).toBeLessThan(0.06);
    expect(m.some((e) => e.status === "postponed" || e.status === "rescheduled")).toBe(true);
  });

  it("gives every event an id of its own", () => {
    expect(new Set(listing.map((e) => e.id)).size).toBe(listing.length);
  });
});
