// Prefix search over the gazetteer index: accents and case ignored, most populous first,
// whole-name matches before matches on a later word of the name.
import type { City, CityIndex } from "./gazetteer";
import { foldName } from "./normalize";

export interface PlaceOut {
  name: string;
  /** Country name in English, e.g. "Netherlands". */
  country: string;
  /** ISO 3166-1 alpha-2, e.g. "NL". */
  country_code: string;
  region?: string;
  latitude: number;
  longitude: number;
  population: number;
}

let countryNames: Intl.DisplayNames | undefined;
function countryName(code: string): string {
  try {
    countryNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function lowerBound(keys: string[], prefix: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function searchPlaces(index: CityIndex, query: string, limit = 8): PlaceOut[] {
  const q = foldName(query);
  if (!q) return [];
  const best = new Map<number, number>(); // city → score
  for (let i = lowerBound(index.keys, q); i < index.keys.length && index.keys[i]!.startsWith(q); i++) {
    const city = index.cityOf[i]!;
    const c = index.cities[city]!;
    const exact = index.keys[i] === q ? 2 : 0;
    const whole = index.whole[i] ? 1 : 0;
    // Population dominates; an exact or whole-name match counts as a tenfold bigger place.
    const score = Math.log10(c.population + 1) + exact + whole;
    const prev = best.get(city);
    if (prev === undefined || score > prev) best.set(city, score);
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1] || index.cities[b[0]]!.population - index.cities[a[0]]!.population)
    .slice(0, limit)
    .map(([i]) => toPlaceOut(index.cities[i]!));
}

export function toPlaceOut(c: City): PlaceOut {
  return {
    name: c.name,
    country: countryName(c.countryCode),
    country_code: c.countryCode,
    ...(c.region ? { region: c.region } : {}),
    latitude: c.latitude,
    longitude: c.longitude,
    population: c.population,
  };
}
