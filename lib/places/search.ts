// City search as people type: every name of a place (its own, other languages' and spellings,
// short forms), accents and case ignored, a typo or two forgiven, the big city first.
import { NameKind, type City, type CityIndex } from "./gazetteer";
import { forEachEntry, forEachNear, keyLength, prefixRange } from "./key-index";
import { foldPlaceName } from "@/lib/text/fold";

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

// A score is log10(population) plus how well the typed text matches, so each step of these
// tables is worth a place that many times bigger: a town whose name is exactly what was typed
// comes before a big city that only starts with it (Bern before Berlin), and "Wien", an exact
// alternate name of Vienna, before a village called Wien.
const EXACT = [/* word */ 0.5, /* alternate */ 2.5, /* name */ 3];
const PREFIX = [/* word */ 0, /* alternate */ 0.5, /* name */ 1];
/** What each typo costs: a near miss comes after what matches as typed, unless far bigger. */
const TYPO = 2.5;

/**
 * Typos forgiven: none while fewer than 4 letters are typed, one from 4 letters on, two from 8;
 * never in the first letter (rarely mistyped, and checking it would cost 20 times the time).
 */
function typosAllowed(folded: string): number {
  return folded.length >= 8 ? 2 : folded.length >= 4 ? 1 : 0;
}

export function searchPlaces(index: CityIndex, query: string, limit = 8): PlaceOut[] {
  const q = foldPlaceName(query);
  if (!q) return [];
  const { cities, keys } = index;
  const score = new Float64Array(cities.length).fill(-Infinity);
  const touched: number[] = [];
  const consider = (entry: number, bonus: number) => {
    const city = entry >> 2;
    const s = index.logPopulation[city]! + bonus;
    if (score[city] === -Infinity) touched.push(city);
    if (s > score[city]!) score[city] = s;
  };

  const [from, to] = prefixRange(keys, q);
  for (let k = from; k < to; k++) {
    const bonus = keyLength(keys, k) === q.length ? EXACT : PREFIX;
    forEachEntry(keys, k, (entry) => consider(entry, bonus[entry & 3]!));
  }
  const typos = typosAllowed(q);
  if (typos > 0) {
    forEachNear(keys, q, typos, (k, prefixEdits, wholeEdits) => {
      if (k >= from && k < to) return; // matched as typed, above
      forEachEntry(keys, k, (entry) => {
        const kind = entry & 3;
        // A typo in a name still being typed counts for the place's own name only: other
        // languages' names are too many to guess from a misspelt start ("Wien" is not "Tien…").
        const asStart = kind === NameKind.name ? PREFIX[kind]! - TYPO * prefixEdits : -Infinity;
        const asWhole = wholeEdits < 0 ? -Infinity : EXACT[kind]! - TYPO * wholeEdits;
        if (asStart > -Infinity || asWhole > -Infinity) consider(entry, Math.max(asStart, asWhole));
      });
    }, prefixRange(keys, q[0]!));
  }

  // The best `limit`, by score, then population.
  const before = (a: number, b: number) => score[a]! - score[b]! || cities[a]!.population - cities[b]!.population;
  const top: number[] = [];
  for (const city of touched) {
    if (top.length === limit && before(city, top[limit - 1]!) <= 0) continue;
    let at = top.length;
    while (at > 0 && before(city, top[at - 1]!) > 0) at--;
    top.splice(at, 0, city);
    if (top.length > limit) top.pop();
  }
  return top.map((i) => toPlaceOut(cities[i]!));
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
