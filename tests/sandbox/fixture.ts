// A small hand-made catalog for sandbox tests: names with Bandsintown's special characters,
// accents and non-Latin scripts, events in the past and future, a festival.
import type { Catalog, CatalogArtist, CatalogEvent, CatalogFeatures, CatalogTrack } from "../../sandbox/catalog/types";

export const FIXTURE_TODAY = "2026-06-15";

const NAMES = [
  "AC/DC", "Who?", "P*nk Shadow", '"Weird" Owls', "Björk Ørsted", "坂本龍一", "Sigur Rós", "Motörhead Echo",
  "The Quiet Lanterns", "Night Arcade", "Paper Cranes", "Velvet Static", "Harbor Lights", "Glass Meridian",
  "Lo-Fi Orchard", "Saturn Ballroom", "Copper Tides", "Mono Garden", "Ruby Fjord", "Kite Collective",
  "Neon Pastures", "Silent Avenue", "Orbit Choir", "Drift Season", "Marble Wolves",
];

function id(prefix: string, n: number): string {
  const base = `${prefix}${n.toString(36)}`;
  return (base + "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ").slice(0, 22);
}

function features(n: number): CatalogFeatures {
  const f = (k: number) => ((n * 37 + k * 11) % 100) / 100;
  return {
    danceability: f(1), energy: f(2), key: n % 12, loudness: -5 - (n % 20), mode: n % 2, speechiness: f(3) / 3,
    acousticness: f(4), instrumentalness: f(5), liveness: f(6), valence: f(7), tempo: 80 + (n % 90),
    duration_ms: 180_000 + n * 1000, time_signature: 4,
  };
}

export function fixtureCatalog(): Catalog {
  const artists: CatalogArtist[] = NAMES.map((name, i) => ({
    id: id("ar", i), name, genre: i % 2 ? "indie" : "rock", genres: i % 2 ? ["indie rock", "modern rock"] : ["rock"],
    popularity: 30 + i, followers: 1000 * (i + 1), bandsintownId: String(100000 + i),
    relatedIds: NAMES.map((_, j) => id("ar", j)).filter((_, j) => j !== i).slice(0, 22),
    trackIds: Array.from({ length: 10 }, (_, k) => id("tr", i * 10 + k)),
  }));
  const albums = artists.map((a, i) => ({ id: id("al", i), name: `${a.name} LP`, artistId: a.id, releaseDate: `20${10 + (i % 15)}-03-0${1 + (i % 9)}`, totalTracks: 10 }));
  const tracks: CatalogTrack[] = artists.flatMap((a, i) =>
    a.trackIds.map((tid, k) => ({ id: tid, name: `Song ${k + 1} of ${a.name}`, artistId: a.id, albumId: id("al", i), trackNumber: k + 1, popularity: 40 + k, features: features(i * 10 + k) })),
  );
  const venue = (city: string) => ({ name: `${city} Hall`, city, region: "XX", country: "Germany", latitude: "52.52", longitude: "13.40" });
  const ev = (n: number, artistIdx: number[], date: string, festival = false): CatalogEvent => ({
    id: String(9000 + n), artistIds: artistIdx.map((i) => id("ar", i)), datetime: `${date}T20:00:00`, onSaleDatetime: n % 2 ? "" : "2026-01-01T10:00:00",
    title: festival ? "Sandbox Fest" : "", description: `Event ${n}`, festival: festival ? { startDate: date, endDate: "2026-08-03" } : null,
    venue: venue(n % 2 ? "Berlin" : "Hamburg"), offers: [{ type: "Tickets", url: `https://tickets.example/${n}`, status: "available" }],
  });
  const events = [
    ev(1, [0], "2026-05-01"), ev(2, [0, 8], "2026-06-15"), ev(3, [0], "2026-07-10"), ev(4, [1], "2026-09-01"),
    ev(5, [2, 9, 10], "2026-08-01", true), ev(6, [3], "2026-06-20"), ev(7, [4], "2026-07-01"), ev(8, [5], "2026-10-10"),
    ev(9, [6], "2025-12-31"),
  ];
  const top = (start: number) => Array.from({ length: 25 }, (_, k) => id("ar", (start + k) % NAMES.length));
  const topT = (start: number) => Array.from({ length: 30 }, (_, k) => id("tr", (start + k * 3) % (NAMES.length * 10)));
  const listeners = [
    { id: "demo-indie", displayName: "Indie Ida", email: "ida@example.invalid", country: "DE", product: "premium" as const, taste: "Indie rock and dream pop" },
    { id: "demo-metal", displayName: "Metal Max", email: "max@example.invalid", country: "GB", product: "free" as const, taste: "Loud guitars" },
    { id: "listener-0042", displayName: "Random Rae", email: "rae@example.invalid", country: "US", product: "free" as const, taste: "A bit of everything" },
  ].map((l, i) => ({
    ...l,
    topArtistIds: { short_term: top(i), medium_term: top(i + 3), long_term: top(i + 6) },
    topTrackIds: { short_term: topT(i), medium_term: topT(i + 1), long_term: topT(i + 2) },
  }));
  return {
    seed: 7, today: FIXTURE_TODAY, genres: ["rock", "indie"], artists, albums, tracks, listeners, events,
    cities: [{ name: "Berlin", region: "BE", country: "DE", latitude: 52.52, longitude: 13.4 }],
  };
}
