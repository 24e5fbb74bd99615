import { describe, expect, it } from "vitest";
import { DEFAULT_SEED, DEMO_CITIES, PERSONAS, SPECIAL_NAMES, generateCatalog, indexCatalog } from "./index";
import type { Catalog, CatalogArtist, CatalogFeatures } from "./index";
import { addDays, daysBetween, localToday } from "./dates";

const TODAY = "2026-11-23";
const catalog = generateCatalog({ seed: DEFAULT_SEED, today: TODAY });
const idx = indexCatalog(catalog);
const BASE62_22 = /^[0-9A-Za-z]{22}$/;
const sceneActs = new Set(catalog.scenes.acts.map((a) => a.artistId));
const localActs = new Set(catalog.scenes.acts.filter((a) => a.kind === "local").map((a) => a.artistId));

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function city(c: Catalog, name: string) {
  const found = c.cities.find((x) => x.name === name);
  if (!found) throw new Error(`missing city ${name}`);
  return found;
}

function meanFeature(genre: string, f: keyof CatalogFeatures): number {
  const tracks = catalog.tracks.filter((t) => idx.artistsById.get(t.artistId)?.genre === genre);
  return tracks.reduce((s, t) => s + t.features[f], 0) / tracks.length;
}

function reachable(listenerId: string): Set<string> {
  const l = idx.listenersById.get(listenerId);
  if (!l) throw new Error(listenerId);
  const top = Object.values(l.topArtistIds).flat();
  return new Set([...top, ...top.flatMap((id) => idx.artistsById.get(id)?.relatedIds ?? [])]);
}

describe("generateCatalog: determinism", () => {
  it("same seed + today gives a deep-equal catalog", () => {
    expect(generateCatalog({ seed: DEFAULT_SEED, today: TODAY })).toEqual(catalog);
  });

  it("a different seed gives a different catalog", () => {
    const other = generateCatalog({ seed: 42, today: TODAY });
    expect(other.artists.map((a) => a.id)).not.toEqual(catalog.artists.map((a) => a.id));
    expect(other.artists.map((a) => a.name)).not.toEqual(catalog.artists.map((a) => a.name));
    expect(other.events.length).toBeGreaterThan(0);
  });

  it("defaults: DEFAULT_SEED and today's local date", () => {
    const c = generateCatalog({});
    expect(c.seed).toBe(DEFAULT_SEED);
    expect(c.today).toBe(localToday());
    expect(c.artists).toEqual(catalog.artists);
  });

  it("rejects a malformed today", () => {
    expect(() => generateCatalog({ today: "2026-13-01" })).toThrow();
    expect(() => generateCatalog({ today: "23-11-2026" })).toThrow();
  });

  it("shifting today shifts every event date by the same number of days", () => {
    const shift = 17;
    const later = generateCatalog({ seed: DEFAULT_SEED, today: addDays(TODAY, shift) });
    expect(later.artists).toEqual(catalog.artists);
    expect(later.listeners).toEqual(catalog.listeners);
    expect(later.events.map((e) => e.id)).toEqual(catalog.events.map((e) => e.id));
    later.events.forEach((e, i) => {
      const before = catalog.events[i]!;
      expect(daysBetween(before.datetime.slice(0, 10), e.datetime.slice(0, 10))).toBe(shift);
      expect(e.datetime.slice(10)).toBe(before.datetime.slice(10));
      expect(e.artistIds).toEqual(before.artistIds);
      expect(e.venue).toEqual(before.venue);
      if (before.onSaleDatetime) expect(daysBetween(before.onSaleDatetime.slice(0, 10), e.onSaleDatetime.slice(0, 10))).toBe(shift);
      else expect(e.onSaleDatetime).toBe("");
      if (before.festival) expect(daysBetween(before.festival.startDate, e.festival!.startDate)).toBe(shift);
    });
  });

});

describe("artists, albums and tracks", () => {
  it("has >= 300 artists across >= 10 genres", () => {
    expect(catalog.artists.length).toBeGreaterThanOrEqual(300);
    expect(catalog.genres.length).toBeGreaterThanOrEqual(10);
    for (const g of catalog.genres) expect(catalog.artists.filter((a) => a.genre === g).length).toBeGreaterThanOrEqual(20);
    for (const a of catalog.artists) {
      expect(catalog.genres).toContain(a.genre);
      // Spotify has no genres for many small artists: some of the scenes' local acts.
      if (!localActs.has(a.id)) expect(a.genres.length).toBeGreaterThan(0);
      expect(a.popularity).toBeGreaterThanOrEqual(0);
      expect(a.popularity).toBeLessThanOrEqual(100);
      expect(Number.isInteger(a.followers) && a.followers > 0).toBe(true);
    }
  });

  it("uses unique 22-char base62 ids for artists, albums and tracks", () => {
    const ids = [...catalog.artists, ...catalog.albums, ...catalog.tracks].map((x) => x.id);
    for (const id of ids) expect(id).toMatch(BASE62_22);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has unique numeric bandsintown ids, except for the scenes' local acts (not on Bandsintown)", () => {
    const ids = catalog.artists.flatMap((a) => (a.bandsintownId === null ? [] : [a.bandsintownId]));
    for (const id of ids) expect(id).toMatch(/^[1-9]\d*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(catalog.artists.filter((a) => a.bandsintownId === null).map((a) => a.id)).toEqual([...localActs]);
  });

  it("gives every artist exactly 10 tracks on a couple of albums", () => {
    expect(catalog.tracks.length).toBe(catalog.artists.length * 10);
    const valid = (a: CatalogArtist) => {
      const albums = idx.albumsByArtistId.get(a.id)!;
      return (
        a.trackIds.length === 10 && a.trackIds.every((id) => idx.tracksById.get(id)?.artistId === a.id) &&
        albums.length >= 2 && albums.length <= 3 && albums.reduce((s, al) => s + al.totalTracks, 0) === 10 &&
        albums.every((al) => /^\d{4}-\d{2}-\d{2}$/.test(al.releaseDate) && idx.tracksByAlbumId.get(al.id)!.map((t) => t.trackNumber).join() === Array.from({ length: al.totalTracks }, (_, i) => i + 1).join())
      );
    };
    expect(catalog.artists.filter((a) => !valid(a)).map((a) => a.name)).toEqual([]);
  });

  it("keeps audio features in valid ranges", () => {
    const unit = ["danceability", "energy", "speechiness", "acousticness", "instrumentalness", "liveness", "valence"] as const;
    // One check per track, one assertion over all (an expect per value is slow over ~17,000 tracks).
    const valid = ({ features: f }: (typeof catalog.tracks)[number]) =>
      unit.every((k) => f[k] >= 0 && f[k] <= 1) &&
      Number.isInteger(f.key) && f.key >= -1 && f.key <= 11 &&
      (f.mode === 0 || f.mode === 1) &&
      f.loudness >= -60 && f.loudness <= 0 &&
      f.tempo > 30 && f.tempo < 250 &&
      Number.isInteger(f.duration_ms) && f.duration_ms > 30_000 &&
      Number.isInteger(f.time_signature) && f.time_signature >= 3 && f.time_signature <= 7;
    expect(catalog.tracks.filter((t) => !valid(t))).toEqual([]);
  });

  it("separates genres on clustering-relevant features", () => {
    expect(meanFeature("metal", "energy")).toBeGreaterThan(meanFeature("ambient", "energy") + 0.5);
    expect(meanFeature("hiphop", "speechiness")).toBeGreaterThan(meanFeature("jazz", "speechiness") + 0.15);
    expect(meanFeature("classical", "acousticness")).toBeGreaterThan(meanFeature("techno", "acousticness") + 0.8);
    expect(meanFeature("techno", "instrumentalness")).toBeGreaterThan(meanFeature("hiphop", "instrumentalness") + 0.6);
    expect(meanFeature("techno", "danceability")).toBeGreaterThan(meanFeature("metal", "danceability") + 0.3);
    expect(meanFeature("metal", "loudness")).toBeGreaterThan(meanFeature("classical", "loudness") + 12);
    expect(meanFeature("metal", "valence")).toBeLessThan(meanFeature("latin", "valence") - 0.3);
    expect(meanFeature("jazz", "acousticness")).toBeGreaterThan(meanFeature("indie", "acousticness") + 0.4);
    const techno = meanFeature("techno", "tempo");
    expect(techno).toBeGreaterThan(125);
    expect(techno).toBeLessThan(135);
    const hiphop = meanFeature("hiphop", "tempo");
    expect(hiphop).toBeGreaterThan(85);
    expect(hiphop).toBeLessThan(100);
    expect(meanFeature("dnb", "tempo")).toBeGreaterThan(165);
  });

  it("varies artists around their genre and tracks around their artist", () => {
    const techno = catalog.artists.filter((a) => a.genre === "techno");
    const artistEnergy = techno.map((a) => a.trackIds.reduce((s, id) => s + idx.tracksById.get(id)!.features.energy, 0) / 10);
    expect(new Set(artistEnergy.map((e) => e.toFixed(4))).size).toBeGreaterThan(techno.length * 0.8);
    expect(Math.max(...artistEnergy) - Math.min(...artistEnergy)).toBeGreaterThan(0.05);
    for (const a of techno) {
      const energies = a.trackIds.map((id) => idx.tracksById.get(id)!.features.energy);
      expect(Math.max(...energies) - Math.min(...energies)).toBeLessThan(0.35);
      expect(new Set(energies).size).toBeGreaterThan(1);
    }
  });
});

describe("related-artists graph", () => {
  it("has >= 20 related artists each, no self-links, no duplicates, mostly same genre, some of a neighbouring genre", () => {
    const valid = (a: CatalogArtist) => {
      const related = a.relatedIds.map((id) => idx.artistsById.get(id));
      if (related.some((r) => r === undefined)) return false;
      const same = related.filter((r) => r!.genre === a.genre).length;
      return (
        a.relatedIds.length >= 20 && !a.relatedIds.includes(a.id) && new Set(a.relatedIds).size === a.relatedIds.length &&
        same / related.length > 0.7 && same < related.length &&
        // the very top of the list is same-genre
        related.slice(0, 5).every((r) => r!.genre === a.genre)
      );
    };
    expect(catalog.artists.filter((a) => !valid(a)).map((a) => a.name)).toEqual([]);
  });
});

describe("names", () => {
  const names = catalog.artists.map((a) => a.name);

  it("are unique case-insensitively and varied", () => {
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n).toBe(n.normalize("NFC"));
      expect(n).toBe(n.trim());
      expect(n).not.toMatch(/\s{2}/);
    }
    expect(idx.artistsByLowerName.size).toBe(names.length);
    expect(idx.artistsByLowerName.get("ohm/volt")?.name).toBe("Ohm/Volt");
    const firstWords = new Set(names.map((n) => n.split(" ")[0]));
    expect(firstWords.size).toBeGreaterThan(100);
  });

  const cases: [string, (n: string) => boolean][] = [
    ["slash", (n) => n.includes("/")],
    ["question mark", (n) => n.includes("?")],
    ["asterisk", (n) => n.includes("*")],
    ["double quote", (n) => n.includes('"')],
    ["!!!", (n) => n.includes("!!!")],
    ["accent", (n) => /[\u00C0-\u017F]/.test(n)],
    ["Japanese", (n) => /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(n)],
    ["Korean", (n) => /\p{Script=Hangul}/u.test(n)],
    ["Cyrillic", (n) => /\p{Script=Cyrillic}/u.test(n)],
    ["Greek", (n) => /\p{Script=Greek}/u.test(n)],
    ["Arabic", (n) => /\p{Script=Arabic}/u.test(n)],
  ];

  it.each(cases)("include a %s name reachable from a curated persona, with events", (_label, test) => {
    const matching = catalog.artists.filter((a) => test(a.name));
    expect(matching.length).toBeGreaterThan(0);
    const personaReach = new Set(PERSONAS.flatMap((p) => [...reachable(p.id)]));
    const reached = matching.filter((a) => personaReach.has(a.id));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.some((a) => idx.eventsByArtistId.get(a.id)!.length > 0)).toBe(true);
  });

  it("contains every special name, with events", () => {
    for (const s of SPECIAL_NAMES) {
      const a = idx.artistsByLowerName.get(s.name.toLowerCase());
      expect(a, s.name).toBeDefined();
      expect(a!.genre).toBe(s.genre);
      expect(idx.eventsByArtistId.get(a!.id)!.length, s.name).toBeGreaterThan(0);
    }
  });

  it("puts several special names directly into curated personas' top artists", () => {
    const special = new Set(SPECIAL_NAMES.map((s) => s.name));
    const inTop = PERSONAS.flatMap((p) => idx.listenersById.get(p.id)!.topArtistIds.medium_term)
      .map((id) => idx.artistsById.get(id)!.name)
      .filter((n) => special.has(n));
    expect(new Set(inTop).size).toBeGreaterThanOrEqual(10);
  });
});

describe("listeners", () => {
  const curatedIds = ["demo-indie", "demo-techno", "demo-hiphop", "demo-jazz", "demo-metal", "demo-newcomer"];

  it("starts with the curated personas, then listener-01 … listener-50", () => {
    const ids = catalog.listeners.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of curatedIds) expect(ids.slice(0, PERSONAS.length)).toContain(id);
    const generated = Array.from({ length: 50 }, (_, i) => `listener-${String(i + 1).padStart(2, "0")}`);
    expect(ids.slice(PERSONAS.length)).toEqual(generated);
    expect(catalog.listeners.length).toBeGreaterThanOrEqual(56);
  });

  it("have well-formed profiles and top lists", () => {
    for (const l of catalog.listeners) {
      expect(l.displayName.length).toBeGreaterThan(0);
      expect(l.taste.length).toBeGreaterThan(0);
      expect(l.email).toMatch(/^[^@\s]+@[^@\s]+$/);
      expect(l.country).toMatch(/^[A-Z]{2}$/);
      expect(["premium", "free"]).toContain(l.product);
      for (const range of ["short_term", "medium_term", "long_term"] as const) {
        const artists = l.topArtistIds[range];
        const tracks = l.topTrackIds[range];
        expect(artists.length).toBeLessThanOrEqual(50);
        expect(tracks.length).toBeLessThanOrEqual(50);
        expect(new Set(artists).size).toBe(artists.length);
        expect(new Set(tracks).size).toBe(tracks.length);
        for (const id of artists) expect(idx.artistsById.has(id)).toBe(true);
        const topSet = new Set(artists);
        for (const id of tracks) expect(topSet.has(idx.tracksById.get(id)!.artistId)).toBe(true);
        expect(tracks.length).toBeGreaterThan(0);
      }
    }
  });

  it("the newcomer has exactly 2 top artists in every time range", () => {
    const n = idx.listenersById.get("demo-newcomer")!;
    for (const range of ["short_term", "medium_term", "long_term"] as const) expect(n.topArtistIds[range]).toHaveLength(2);
  });

  it("curated personas concentrate on their genre with spread into 1–2 others, and ranges differ", () => {
    const main: Record<string, string> = { "demo-indie": "indie", "demo-techno": "techno", "demo-hiphop": "hiphop", "demo-jazz": "jazz", "demo-metal": "metal" };
    for (const [id, genre] of Object.entries(main)) {
      const l = idx.listenersById.get(id)!;
      const top = l.topArtistIds.medium_term.map((a) => idx.artistsById.get(a)!.genre);
      expect(top.length).toBeGreaterThanOrEqual(30);
      const counts = new Map<string, number>();
      for (const g of top) counts.set(g, (counts.get(g) ?? 0) + 1);
      expect(counts.get(genre)! / top.length).toBeGreaterThan(0.45);
      expect(counts.size).toBeGreaterThanOrEqual(2);
      expect(counts.size).toBeLessThanOrEqual(3);
      expect(l.topArtistIds.short_term).not.toEqual(l.topArtistIds.medium_term);
      expect(l.topArtistIds.long_term).not.toEqual(l.topArtistIds.medium_term);
      const overlap = l.topArtistIds.short_term.filter((a) => l.topArtistIds.medium_term.includes(a)).length;
      expect(overlap / l.topArtistIds.short_term.length).toBeGreaterThan(0.6);
    }
  });

  it("generated listeners have 20–50 top artists and different but overlapping mixes", () => {
    const generated = catalog.listeners.filter((l) => l.id.startsWith("listener-"));
    const mixes = new Set<string>();
    for (const l of generated) {
      expect(l.topArtistIds.medium_term.length).toBeGreaterThanOrEqual(20);
      expect(l.topArtistIds.medium_term.length).toBeLessThanOrEqual(50);
      const genres = new Set(l.topArtistIds.medium_term.map((a) => idx.artistsById.get(a)!.genre));
      expect(genres.size).toBeGreaterThanOrEqual(2);
      mixes.add([...genres].sort().join("+"));
    }
    expect(mixes.size).toBeGreaterThan(30);
    // overlapping: most artists are someone else's top artist too
    const seen = new Map<string, number>();
    for (const l of generated) for (const a of l.topArtistIds.medium_term) seen.set(a, (seen.get(a) ?? 0) + 1);
    expect([...seen.values()].filter((n) => n > 1).length / seen.size).toBeGreaterThan(0.5);
  });
});

describe("cities and venues", () => {
  const required = ["Amsterdam", "Berlin", "London", "Paris", "New York", "Los Angeles", "Tokyo", "São Paulo", "Mexico City", "Seoul", "Sydney", "Toronto", "Chicago", "Madrid", "Barcelona", "Lisbon", "Stockholm", "Oslo", "Copenhagen", "Vienna", "Prague", "Warsaw", "Budapest", "Rome", "Milan", "Zürich", "Brussels", "Utrecht", "Rotterdam", "Dublin", "Manchester", "Glasgow", "Montreal", "Austin", "Nashville", "New Orleans", "Seattle", "San Francisco", "Melbourne", "Osaka", "Buenos Aires", "Cape Town", "Reykjavík", "Istanbul"];

  it("has >= 40 real cities with plausible coordinates", () => {
    expect(catalog.cities.length).toBeGreaterThanOrEqual(40);
    for (const name of required) expect(catalog.cities.map((c) => c.name)).toContain(name);
    for (const c of catalog.cities) {
      expect(Math.abs(c.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(c.longitude)).toBeLessThanOrEqual(180);
      expect(Math.round(c.latitude * 1e4) / 1e4).toBe(c.latitude);
      expect(c.country.length).toBeGreaterThan(3);
    }
    const ams = city(catalog, "Amsterdam");
    expect(ams.latitude).toBeCloseTo(52.37, 1);
    expect(ams.longitude).toBeCloseTo(4.9, 1);
    expect(city(catalog, "Sydney").latitude).toBeLessThan(-30);
    expect(city(catalog, "New York")).toMatchObject({ region: "NY", country: "United States" });
    expect(city(catalog, "Berlin")).toMatchObject({ region: "BE", country: "Germany" });
    const d = (a: string, b: string) => haversineKm(city(catalog, a).latitude, city(catalog, a).longitude, city(catalog, b).latitude, city(catalog, b).longitude);
    expect(d("Amsterdam", "Utrecht")).toBeGreaterThan(25);
    expect(d("Amsterdam", "Utrecht")).toBeLessThan(60);
    expect(d("Amsterdam", "Rotterdam")).toBeGreaterThan(25);
    expect(d("Amsterdam", "Rotterdam")).toBeLessThan(60);
    expect(d("London", "New York")).toBeGreaterThan(5500);
    expect(d("London", "New York")).toBeLessThan(5600);
  });

  it("places the base catalog's venues a few km around their city with Bandsintown-style string coordinates", () => {
    const perCity = new Map<string, Set<string>>();
    for (const e of catalog.events.filter((x) => !sceneActs.has(x.artistIds[0]!))) {
      const v = e.venue;
      expect(v.latitude).toMatch(/^-?\d+\.\d{4}$/);
      expect(v.longitude).toMatch(/^-?\d+\.\d{4}$/);
      const c = city(catalog, v.city);
      expect(v.region).toBe(c.region);
      expect(v.country).toBe(c.country);
      expect(haversineKm(c.latitude, c.longitude, Number(v.latitude), Number(v.longitude))).toBeLessThan(10);
      perCity.set(v.city, (perCity.get(v.city) ?? new Set()).add(v.name));
    }
    expect(perCity.get("Amsterdam")!.size).toBeGreaterThanOrEqual(3);
    expect(perCity.get("London")!.size).toBeGreaterThanOrEqual(3);
  });
});

describe("events", () => {
  const upcoming = (days: number) => catalog.events.filter((e) => {
    const d = daysBetween(TODAY, e.datetime.slice(0, 10));
    return d >= 0 && d <= days;
  });

  it("have unique numeric ids, known artists and well-formed fields", () => {
    const ids = catalog.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
    const valid = (e: (typeof catalog.events)[number]) =>
      /^\d+$/.test(e.id) &&
      e.artistIds.length > 0 && new Set(e.artistIds).size === e.artistIds.length && e.artistIds.every((id) => idx.artistsById.has(id)) &&
      DATE_TIME.test(e.datetime) &&
      (e.onSaleDatetime === "" || (DATE_TIME.test(e.onSaleDatetime) && e.onSaleDatetime < e.datetime)) &&
      e.offers.every((o) => o.type === "Tickets" && o.url === `https://www.bandsintown.com/t/${e.id}?app_id=gigscovery-demo&came_from=267` && ["available", "sold out"].includes(o.status));
    expect(catalog.events.filter((e) => !valid(e))).toEqual([]);
    expect(catalog.events.some((e) => e.offers.length === 0)).toBe(true);
    expect(catalog.events.some((e) => e.offers[0]?.status === "sold out")).toBe(true);
    expect(catalog.events.some((e) => e.onSaleDatetime === "")).toBe(true);
    expect(catalog.events.some((e) => e.description === "")).toBe(true);
    expect(catalog.events.some((e) => e.description !== "")).toBe(true);
  });

  it("are dated from ~30 days ago to ~365 days ahead, at varied evening times for ordinary shows", () => {
    const offsets = catalog.events.map((e) => daysBetween(TODAY, e.datetime.slice(0, 10)));
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(-30);
    expect(Math.min(...offsets)).toBeLessThan(-20);
    expect(Math.max(...offsets)).toBeLessThanOrEqual(365);
    expect(Math.max(...offsets)).toBeGreaterThan(330);
    expect(offsets.filter((d) => d < 0).length).toBeGreaterThan(50);
    const times = new Set(catalog.events.filter((e) => !e.festival).map((e) => e.datetime.slice(11)));
    expect(times.size).toBeGreaterThanOrEqual(5);
    for (const t of times) expect(Number(t.slice(0, 2))).toBeGreaterThanOrEqual(18);
  });

  it("are sorted by datetime", () => {
    const dts = catalog.events.map((e) => e.datetime);
    expect([...dts].sort()).toEqual(dts);
  });

  it("leave 10–15% of base artists without any events, and most base artists have 1–12", () => {
    const base = catalog.artists.filter((a) => !sceneActs.has(a.id));
    const none = base.filter((a) => idx.eventsByArtistId.get(a.id)!.length === 0);
    expect(none.length / base.length).toBeGreaterThanOrEqual(0.1);
    expect(none.length / base.length).toBeLessThanOrEqual(0.15);
    const headlined = new Map<string, number>();
    for (const e of catalog.events) if (!e.festival && !sceneActs.has(e.artistIds[0]!)) headlined.set(e.artistIds[0]!, (headlined.get(e.artistIds[0]!) ?? 0) + 1);
    const counts = [...headlined.values()].sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]!).toBeLessThanOrEqual(12);
  });

  it("include >= 5 multi-day festivals with 8–30 artists per bill, headliner first", () => {
    const festivals = catalog.events.filter((e) => e.festival);
    const byTitle = new Map<string, typeof festivals>();
    for (const e of festivals) byTitle.set(e.title, [...(byTitle.get(e.title) ?? []), e]);
    expect(byTitle.size).toBeGreaterThanOrEqual(5);
    for (const [title, days] of byTitle) {
      expect(title).toMatch(/ \d{4}$/);
      expect(days.length).toBeGreaterThanOrEqual(2);
      const { startDate, endDate } = days[0]!.festival!;
      expect(daysBetween(startDate, endDate)).toBe(days.length - 1);
      for (const e of days) {
        expect(e.festival).toEqual({ startDate, endDate });
        expect(e.datetime.slice(0, 10) >= startDate && e.datetime.slice(0, 10) <= endDate).toBe(true);
        expect(e.artistIds.length).toBeGreaterThanOrEqual(8);
        expect(e.artistIds.length).toBeLessThanOrEqual(30);
        const pops = e.artistIds.map((id) => idx.artistsById.get(id)!.popularity);
        expect(pops[0]).toBe(Math.max(...pops));
      }
    }
  });

  it("include ordinary shows with 2–3 artists on the bill", () => {
    const withSupport = catalog.events.filter((e) => !e.festival && e.artistIds.length >= 2);
    expect(withSupport.length).toBeGreaterThan(50);
    for (const e of withSupport) expect(e.artistIds.length).toBeLessThanOrEqual(3);
  });

  it("eventsByArtistId includes support and festival appearances", () => {
    const e = catalog.events.find((x) => x.festival)!;
    const last = e.artistIds[e.artistIds.length - 1]!;
    expect(idx.eventsByArtistId.get(last)).toContain(e);
  });

  it("leave some cities empty and Reykjavík nearly so", () => {
    const perCity = new Map<string, number>();
    for (const e of catalog.events) perCity.set(e.venue.city, (perCity.get(e.venue.city) ?? 0) + 1);
    const empty = catalog.cities.filter((c) => !perCity.has(c.name));
    expect(empty.length).toBeGreaterThanOrEqual(2);
    expect(perCity.get("Reykjavík") ?? 0).toBeLessThanOrEqual(5);
    expect(perCity.get("Amsterdam")!).toBeGreaterThan(50);
  });

  it.each(PERSONAS.map((p) => p.id))("gives %s plenty of upcoming shows near Amsterdam, Berlin, London and New York", (id) => {
    const reach = reachable(id);
    for (const name of DEMO_CITIES) {
      const c = city(catalog, name);
      const near = upcoming(90).filter(
        (e) => e.artistIds.some((a) => reach.has(a)) && haversineKm(c.latitude, c.longitude, Number(e.venue.latitude), Number(e.venue.longitude)) <= 25,
      );
      expect(near.length, `${id} near ${name}`).toBeGreaterThanOrEqual(8);
      // spread over several of the persona's genres (except the two-artist newcomer, still >= 2)
      const genres = new Set(near.flatMap((e) => e.artistIds.filter((a) => reach.has(a)).map((a) => idx.artistsById.get(a)!.genre)));
      expect(genres.size, `${id} genres near ${name}`).toBeGreaterThanOrEqual(2);
    }
  });

  it("is stable across a range of todays and seeds (persona guarantees always hold)", () => {
    for (const [seed, today] of [[1, "2025-01-01"], [7, "2027-06-30"], [DEFAULT_SEED, "2028-02-29"]] as const) {
      const c = generateCatalog({ seed, today });
      const i = indexCatalog(c);
      for (const p of PERSONAS) {
        const l = i.listenersById.get(p.id)!;
        const top = Object.values(l.topArtistIds).flat();
        const reach = new Set([...top, ...top.flatMap((a) => i.artistsById.get(a)!.relatedIds)]);
        const ams = c.cities.find((x) => x.name === "Amsterdam")!;
        const n = c.events.filter((e) => {
          const d = daysBetween(today, e.datetime.slice(0, 10));
          return d >= 0 && d <= 90 && e.artistIds.some((a) => reach.has(a)) &&
            haversineKm(ams.latitude, ams.longitude, Number(e.venue.latitude), Number(e.venue.longitude)) <= 25;
        }).length;
        expect(n, `${seed} ${p.id}`).toBeGreaterThanOrEqual(8);
      }
      expect(c.artists.length).toBeGreaterThanOrEqual(300);
    }
  });
});

describe("indexCatalog", () => {
  it("builds lookup maps", () => {
    const a: CatalogArtist = catalog.artists[5]!;
    expect(idx.artistsById.get(a.id)).toBe(a);
    expect(idx.artistsByLowerName.get(a.name.toUpperCase().toLowerCase())).toBe(a);
    expect(idx.artistsByLowerName.get("the \"quoted\" band")?.name).toBe("The \"Quoted\" Band");
    expect(idx.tracksById.size).toBe(catalog.tracks.length);
    expect(idx.albumsById.size).toBe(catalog.albums.length);
    expect(idx.listenersById.get("demo-jazz")?.id).toBe("demo-jazz");
    expect(idx.eventsByArtistId.size).toBe(catalog.artists.length);
    expect([...idx.eventsByArtistId].filter(([artistId, events]) => events.some((e) => !e.artistIds.includes(artistId)))).toEqual([]);
    const total = [...idx.eventsByArtistId.values()].reduce((s, l) => s + l.length, 0);
    expect(total).toBe(catalog.events.reduce((s, e) => s + e.artistIds.length, 0));
  });
});
