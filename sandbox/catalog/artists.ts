// Artists, albums, tracks (with genre-shaped audio features) and the related-artists graph.

import type { CatalogAlbum, CatalogArtist, CatalogFeatures, CatalogTrack } from "./types";
import { GENRES, type GenreDef, type GenreProfile, genreByKey } from "./genres";
import { SPECIAL_NAMES, albumName, artistName, trackName } from "./names";
import { type Rng, chance, clamp, gauss, pick, randInt, round, sample } from "./random";

/** Generated (non-special) artists per genre. */
export const GENERATED_PER_GENRE = 24;
export const TRACKS_PER_ARTIST = 10;
export const RELATED_SAME_GENRE = 20;
export const RELATED_NEIGHBOURS = 5;
/** Neighbour-genre lists are walked round-robin this deep. */
const NEIGHBOUR_ROUNDS = 10;

type ContinuousKey = "danceability" | "energy" | "loudness" | "speechiness" | "acousticness" | "instrumentalness" | "liveness" | "valence" | "tempo" | "durationSec";
const CONTINUOUS: readonly ContinuousKey[] = ["danceability", "energy", "loudness", "speechiness", "acousticness", "instrumentalness", "liveness", "valence", "tempo", "durationSec"];

/** An artist's personal centre in feature space. */
export type ArtistCentre = Record<ContinuousKey, number>;

function clampFeature(key: ContinuousKey, v: number): number {
  switch (key) {
    case "loudness":
      return clamp(v, -60, 0);
    case "tempo":
      return clamp(v, 40, 220);
    case "durationSec":
      return clamp(v, 60, 1200);
    default:
      return clamp(v, 0, 1);
  }
}

export function artistCentre(rng: Rng, p: GenreProfile): ArtistCentre {
  const out = {} as ArtistCentre;
  for (const k of CONTINUOUS) out[k] = clampFeature(k, p[k][0] + p[k][1] * gauss(rng) * 0.7);
  return out;
}

function trackFeatures(rng: Rng, p: GenreProfile, centre: ArtistCentre): CatalogFeatures {
  const v = (k: ContinuousKey) => clampFeature(k, centre[k] + p[k][1] * gauss(rng) * 0.4);
  const ts = p.timeSignatures;
  let r = rng() * ts.reduce((a, b) => a + b, 0);
  let timeSignature = 4;
  for (let i = 0; i < ts.length; i++) {
    r -= ts[i] ?? 0;
    if (r < 0) {
      timeSignature = i + 3;
      break;
    }
  }
  return {
    danceability: round(v("danceability"), 3),
    energy: round(v("energy"), 3),
    key: chance(rng, 0.02) ? -1 : randInt(rng, 0, 11),
    loudness: round(v("loudness"), 3),
    mode: chance(rng, p.major) ? 1 : 0,
    speechiness: round(v("speechiness"), 4),
    acousticness: round(v("acousticness"), 4),
    instrumentalness: round(v("instrumentalness"), 4),
    liveness: round(v("liveness"), 4),
    valence: round(v("valence"), 3),
    tempo: round(v("tempo"), 3),
    duration_ms: Math.round(v("durationSec") * 1000),
    time_signature: timeSignature,
  };
}

function releaseDate(rng: Rng, year: number): string {
  return `${year}-${String(randInt(rng, 1, 12)).padStart(2, "0")}-${String(randInt(rng, 1, 28)).padStart(2, "0")}`;
}

export interface DiscographyInput {
  id: string;
  profile: GenreProfile;
  popularity: number;
  centre: ArtistCentre;
  /** The first album comes out in a year drawn from this range. */
  years: readonly [number, number];
}

/** 2–3 albums sharing the artist's 10 tracks (appended to albums and tracks); returns the track ids in album order. */
export function buildDiscography(rng: Rng, newId: () => string, a: DiscographyInput, albums: CatalogAlbum[], tracks: CatalogTrack[]): string[] {
  const albumCount = randInt(rng, 2, 3);
  const sizes = albumCount === 2 ? [randInt(rng, 4, 6)] : [randInt(rng, 3, 4), randInt(rng, 3, 4)];
  sizes.push(TRACKS_PER_ARTIST - sizes.reduce((x, y) => x + y, 0));
  let year = randInt(rng, a.years[0], a.years[1]);
  const trackIds: string[] = [];
  for (const size of sizes) {
    const albumId = newId();
    albums.push({ id: albumId, name: albumName(rng), artistId: a.id, releaseDate: releaseDate(rng, year), totalTracks: size });
    year = Math.min(2025, year + randInt(rng, 1, 4));
    for (let n = 1; n <= size; n++) {
      const trackId = newId();
      trackIds.push(trackId);
      tracks.push({
        id: trackId,
        name: trackName(rng),
        artistId: a.id,
        albumId,
        trackNumber: n,
        popularity: clamp(Math.round(a.popularity + gauss(rng) * 10), 0, 100),
        features: trackFeatures(rng, a.profile, a.centre),
      });
    }
  }
  return trackIds;
}

export interface ArtistsResult {
  artists: CatalogArtist[];
  albums: CatalogAlbum[];
  tracks: CatalogTrack[];
  centres: Map<string, ArtistCentre>;
  specialIds: Set<string>;
}

export function buildArtists(rng: Rng, newId: () => string, bandsintownRng: Rng): ArtistsResult {
  const taken = new Set<string>(SPECIAL_NAMES.map((s) => s.name.toLowerCase()));
  const artists: CatalogArtist[] = [];
  const albums: CatalogAlbum[] = [];
  const tracks: CatalogTrack[] = [];
  const centres = new Map<string, ArtistCentre>();
  const specialIds = new Set<string>();
  const bitIds = new Set<string>();

  for (const genre of GENRES) {
    const names: { name: string; special: boolean }[] = [];
    for (let i = 0; i < GENERATED_PER_GENRE; i++) names.push({ name: artistName(rng, genre, taken), special: false });
    // Slot the special names in at deterministic, spread-out positions.
    const specials = SPECIAL_NAMES.filter((s) => s.genre === genre.key);
    specials.forEach((s, i) => names.splice(Math.min(names.length, 2 + i * 5), 0, { name: s.name, special: true }));

    for (const { name, special } of names) {
      const id = newId();
      if (special) specialIds.add(id);
      let bit: string;
      do bit = String(randInt(bandsintownRng, 100_000, 15_999_999));
      while (bitIds.has(bit));
      bitIds.add(bit);

      const popularity = special ? randInt(rng, 45, 85) : Math.round(8 + 87 * Math.pow(rng(), 1.2));
      const followers = Math.round(Math.pow(10, 2 + (popularity / 100) * 5) * (0.5 + rng()));
      const extra = sample(rng, genre.spotifyGenres.slice(1), randInt(rng, 0, 2));
      const genres = [chance(rng, 0.6) ? (genre.spotifyGenres[0] as string) : pick(rng, genre.spotifyGenres), ...extra];
      const centre = artistCentre(rng, genre.profile);
      centres.set(id, centre);
      const trackIds = buildDiscography(rng, newId, { id, profile: genre.profile, popularity, centre, years: [1994, 2019] }, albums, tracks);

      artists.push({ id, name, genre: genre.key, genres: [...new Set(genres)], popularity, followers, bandsintownId: bit, deezerId: null, relatedIds: [], trackIds });
    }
  }

  buildRelated(artists, centres);
  return { artists, albums, tracks, centres, specialIds };
}

/** Share of catalog artists Deezer does not have. */
export const NOT_ON_DEEZER_SHARE = 0.05;

/** Gives ~95% of artists a numeric Deezer id unique among them and `used` (the rest stay null: not on Deezer). */
export function assignDeezerIds(rng: Rng, artists: CatalogArtist[], used = new Set<number>()): void {
  for (const a of artists) {
    if (chance(rng, NOT_ON_DEEZER_SHARE)) continue;
    let id: number;
    do id = randInt(rng, 1_000, 250_000_000);
    while (used.has(id));
    used.add(id);
    a.deezerId = id;
  }
}

export function vector(c: ArtistCentre): number[] {
  return [c.danceability, c.energy, (c.loudness + 60) / 60, c.speechiness * 2, c.acousticness, c.instrumentalness, c.valence, c.tempo / 200];
}

export function dist(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += ((a[i] ?? 0) - (b[i] ?? 0)) ** 2;
  return s;
}

/**
 * Nearest artists in feature space: 20 from the same genre, 5 from neighbouring genres. Only artists
 * from index `from` on get a list (the others may appear in them).
 */
export function buildRelated(artists: CatalogArtist[], centres: Map<string, ArtistCentre>, from = 0): void {
  const vecs = artists.map((a) => vector(centres.get(a.id) as ArtistCentre));
  const byGenre = new Map<string, number[]>();
  artists.forEach((a, i) => {
    const list = byGenre.get(a.genre);
    if (list) list.push(i);
    else byGenre.set(a.genre, [i]);
  });
  // The k nearest candidates (ties by index): the head of the candidates sorted by distance, kept
  // in a small sorted buffer instead of sorting them all.
  const nearest = (i: number, candidates: number[], k: number): number[] => {
    const vi = vecs[i] as number[];
    const best: number[] = [];
    const bestD: number[] = [];
    const before = (d: number, j: number, p: number) => d < (bestD[p] as number) || (d === bestD[p] && j < (best[p] as number));
    for (const j of candidates) {
      if (j === i) continue;
      const d = dist(vi, vecs[j] as number[]) - (artists[j]?.popularity ?? 0) / 5000;
      if (best.length === k && !before(d, j, k - 1)) continue;
      let p = best.length;
      while (p > 0 && before(d, j, p - 1)) p--;
      best.splice(p, 0, j);
      bestD.splice(p, 0, d);
      if (best.length > k) {
        best.pop();
        bestD.pop();
      }
    }
    return best;
  };

  artists.forEach((artist, i) => {
    if (i < from) return;
    const genre: GenreDef = genreByKey(artist.genre);
    const same = nearest(i, byGenre.get(artist.genre) ?? [], RELATED_SAME_GENRE);
    // Round-robin over neighbour genres, nearest first.
    const perNeighbour = genre.neighbours.map((g) => nearest(i, byGenre.get(g) ?? [], NEIGHBOUR_ROUNDS));
    const neighbours: number[] = [];
    for (let round = 0; neighbours.length < RELATED_NEIGHBOURS && round < NEIGHBOUR_ROUNDS; round++) {
      for (const list of perNeighbour) {
        const j = list[round];
        if (j !== undefined && neighbours.length < RELATED_NEIGHBOURS) neighbours.push(j);
      }
    }
    // Neighbours appear further down the list: positions 6, 11, 16, 21, 24.
    const out = same.slice();
    [6, 11, 16, 21, 24].forEach((pos, k) => {
      const j = neighbours[k];
      if (j !== undefined) out.splice(Math.min(pos, out.length), 0, j);
    });
    artist.relatedIds = out.map((j) => (artists[j] as CatalogArtist).id);
  });
}
