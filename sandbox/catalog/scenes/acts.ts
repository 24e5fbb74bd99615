// The scenes' acts: touring acts (per genre and touring region, as many as the cities' shows need)
// and each city's local acts, built like the base artists (artists.ts): genre-shaped audio features,
// exactly 10 tracks on 2–3 albums, related artists, Deezer and Bandsintown ids.
import { type ArtistCentre, artistCentre, assignDeezerIds, buildDiscography, buildRelated } from "../artists";
import type { CityDef } from "../cities";
import { GENRES, genreByKey } from "../genres";
import { type Rng, chance, pick, randInt, sample } from "../random";
import type { CatalogAlbum, CatalogArtist, CatalogTrack, SceneAct } from "../types";
import { reservedNames, sceneActName } from "./act-names";
import {
  LOCAL_ACTS_PER_WEIGHT, type Region, SCENE_DAYS, SHOWS_PER_TOURING_ACT, TOURING_LISTED_SHARE, TOURING_SHARE,
  genreWeights, isBigCity, listedShowsPer60Days, regionOf, sceneWeight, weightedIndex,
} from "./city-scene";

/** Touring acts at least this popular tour every region, not just their own. */
export const INTERNATIONAL_POPULARITY = 65;
/** Share of local acts Spotify has no genres for (small artists often have none). */
export const LOCAL_WITHOUT_GENRES_SHARE = 0.3;

export interface SceneActs {
  artists: CatalogArtist[];
  albums: CatalogAlbum[];
  tracks: CatalogTrack[];
  acts: SceneAct[];
  /** Touring acts by genre and home region (touringKey). */
  touring: Map<string, CatalogArtist[]>;
  /** Local acts by city and genre. */
  local: Map<string, CatalogArtist[]>;
}

export const touringKey = (genre: string, region: Region) => `${genre}|${region}`;
export const localKey = (city: string, genre: string) => `${city}|${genre}`;

/** Touring shows a city's scene needs in the scheduled days (Ticketmaster lists only some of them). */
export function touringShowsPerYear(city: CityDef): number {
  return ((listedShowsPer60Days(city) * TOURING_SHARE) / TOURING_LISTED_SHARE) * (SCENE_DAYS / 60);
}

interface Plan {
  genre: string;
  region: Region | null;
  city: string | null;
}

function planTouring(cities: readonly CityDef[]): Plan[] {
  const demand = new Map<string, number>();
  for (const c of cities) {
    const shows = touringShowsPerYear(c);
    const w = genreWeights(c);
    const total = w.reduce((s, x) => s + x, 0);
    GENRES.forEach((g, i) => {
      const key = touringKey(g.key, regionOf(c));
      demand.set(key, (demand.get(key) ?? 0) + (shows * (w[i] ?? 0)) / total);
    });
  }
  const plans: Plan[] = [];
  for (const [key, shows] of demand) {
    const [genre, region] = key.split("|") as [string, Region];
    const n = Math.max(2, Math.round(shows / SHOWS_PER_TOURING_ACT));
    for (let i = 0; i < n; i++) plans.push({ genre, region, city: null });
  }
  return plans;
}

function planLocal(rng: Rng, cities: readonly CityDef[]): Plan[] {
  const plans: Plan[] = [];
  for (const c of cities) {
    const n = Math.round(LOCAL_ACTS_PER_WEIGHT * sceneWeight(c));
    const w = genreWeights(c);
    // A big city has local acts in every genre; elsewhere the genres are drawn by the city's leanings.
    const genres = isBigCity(c) ? GENRES.map((g) => g.key) : [];
    while (genres.length < n) genres.push((GENRES[weightedIndex(rng(), w)] as (typeof GENRES)[number]).key);
    for (const genre of genres) plans.push({ genre, region: null, city: c.name });
  }
  return plans;
}

export interface SceneActsInput {
  base: CatalogArtist[];
  baseCentres: Map<string, ArtistCentre>;
  cities: readonly CityDef[];
  newId: () => string;
  bandsintownRng: Rng;
  deezerRng: Rng;
}

export function buildSceneActs(rng: Rng, input: SceneActsInput): SceneActs {
  const reserved = reservedNames(input.base.map((a) => a.name));
  const bitIds = new Set(input.base.flatMap((a) => (a.bandsintownId === null ? [] : [a.bandsintownId])));
  const deezerIds = new Set(input.base.flatMap((a) => (a.deezerId === null ? [] : [a.deezerId])));
  const centres = new Map(input.baseCentres);
  const out: SceneActs = { artists: [], albums: [], tracks: [], acts: [], touring: new Map(), local: new Map() };

  const plans = [...planTouring(input.cities), ...planLocal(rng, input.cities)];
  for (const plan of plans) {
    const genre = genreByKey(plan.genre);
    const touring = plan.city === null;
    const id = input.newId();
    let bandsintownId: string | null = null;
    if (touring) {
      do bandsintownId = String(randInt(input.bandsintownRng, 16_000_000, 19_999_999));
      while (bitIds.has(bandsintownId));
      bitIds.add(bandsintownId);
    }
    const popularity = touring ? Math.round(20 + 65 * Math.pow(rng(), 1.6)) : Math.round(2 + 33 * Math.pow(rng(), 1.5));
    const followers = Math.round(Math.pow(10, 2 + (popularity / 100) * 5) * (0.5 + rng()));
    const genres = !touring && chance(rng, LOCAL_WITHOUT_GENRES_SHARE)
      ? []
      : [...new Set([chance(rng, 0.6) ? (genre.spotifyGenres[0] as string) : pick(rng, genre.spotifyGenres), ...sample(rng, genre.spotifyGenres.slice(1), randInt(rng, 0, 2))])];
    const centre = artistCentre(rng, genre.profile);
    centres.set(id, centre);
    const years = touring ? ([2004, 2021] as const) : ([2016, 2024] as const);
    const trackIds = buildDiscography(rng, input.newId, { id, profile: genre.profile, popularity, centre, years }, out.albums, out.tracks);
    const name = sceneActName(rng, plan.genre, reserved);
    const artist: CatalogArtist = { id, name, genre: plan.genre, genres, popularity, followers, bandsintownId, deezerId: null, relatedIds: [], trackIds };
    out.artists.push(artist);
    out.acts.push({ artistId: id, kind: touring ? "touring" : "local", city: plan.city });
    const key = plan.region ? touringKey(plan.genre, plan.region) : localKey(plan.city as string, plan.genre);
    const list = plan.region ? out.touring : out.local;
    list.set(key, [...(list.get(key) ?? []), artist]);
  }

  assignDeezerIds(input.deezerRng, out.artists, deezerIds);
  buildRelated([...input.base, ...out.artists], centres, input.base.length);
  return out;
}

/** Touring acts popular enough to play every region. */
export function isInternational(a: CatalogArtist): boolean {
  return a.popularity >= INTERNATIONAL_POPULARITY;
}
