// How big and what kind of music scene each city has: how many shows, which genres, which touring region.
import { BIG_DEMO_CITIES, type CityDef } from "../cities";
import { GENRES } from "../genres";

/**
 * Music shows Ticketmaster lists from a big demo city's scene in 60 days, per unit of city weight, and at
 * least BIG_CITY_MIN_SHOWS. With the base catalog's shows and the tribute acts this makes 300–500 music
 * events within 50 km in any 60 days: what a big city's Ticketmaster listing looks like at demo scale.
 */
export const BIG_CITY_SHOWS_PER_WEIGHT = 90;
export const BIG_CITY_MIN_SHOWS = 345;
/** Elsewhere the scene is thinner: this share of a big city's shows per unit of weight. */
export const SMALL_CITY_FACTOR = 0.15;
/** Lighter cities (Reykjavík; the far-northern cities without events) have no scene. */
export const MIN_SCENE_WEIGHT = 1;
/** Share of a scene's listed shows played by touring acts; local acts play the rest. */
export const TOURING_SHARE = 0.55;
/** Share of touring acts' (Bandsintown) shows that Ticketmaster lists too; a local act's shows are all on Ticketmaster. */
export const TOURING_LISTED_SHARE = 0.85;
/** Local acts per unit of effective city weight. */
export const LOCAL_ACTS_PER_WEIGHT = 12;
/** Shows a touring act plays in a year, on average (real ones play 40–100; these are the scene cities' share). */
export const SHOWS_PER_TOURING_ACT = 36;
/** No scene venue is further than this from its city's centre. */
export const SCENE_RADIUS_KM = 45;
/** The days shows are scheduled on, relative to today (what Ticketmaster lists: the coming year). */
export const SCENE_DAYS = 366;

/** How common each genre is on concert listings, before a city's own leanings. */
const LIVE_SHARE: Record<string, number> = {
  indie: 1.6, hiphop: 1.3, techno: 1.1, jazz: 1, soul: 1, punk: 0.9, metal: 0.9, latin: 0.9,
  folk: 0.8, classical: 0.8, country: 0.7, dnb: 0.6, kpop: 0.6, ambient: 0.4,
};
/** A genre's hot spots (genres.ts) host it this many times as often. */
const HOT_CITY_BOOST = 3;

export type Region = "Europe" | "North America" | "Latin America" | "Asia-Pacific";

export function isBigCity(city: CityDef): boolean {
  return (BIG_DEMO_CITIES as readonly string[]).includes(city.name);
}

/** The city weight the scene is sized by: a big city's own weight, a quarter-ish of it elsewhere, 0 without a scene. */
export function sceneWeight(city: CityDef): number {
  if (city.weight < MIN_SCENE_WEIGHT) return 0;
  return isBigCity(city) ? Math.max(city.weight, BIG_CITY_MIN_SHOWS / BIG_CITY_SHOWS_PER_WEIGHT) : city.weight * SMALL_CITY_FACTOR;
}

/** Music shows of the scene that Ticketmaster lists in an average 60 days. */
export function listedShowsPer60Days(city: CityDef): number {
  return sceneWeight(city) * BIG_CITY_SHOWS_PER_WEIGHT;
}

/** Weights of GENRES (same order) for a show in this city. */
export function genreWeights(city: CityDef): number[] {
  return GENRES.map((g) => (LIVE_SHARE[g.key] ?? 1) * (g.hotCities.includes(city.name) ? HOT_CITY_BOOST : 1));
}

export function regionOf(city: CityDef): Region {
  if (city.countryCode === "US" || city.countryCode === "CA") return "North America";
  if (city.timezone.startsWith("America/")) return "Latin America";
  if (city.timezone.startsWith("Asia/") || city.timezone.startsWith("Australia/")) return "Asia-Pacific";
  return "Europe";
}

/** Index into `weights` drawn in proportion to them. */
export function weightedIndex(r: number, weights: readonly number[]): number {
  let x = r * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return i;
  }
  return weights.length - 1;
}
