// Short forms people type that the gazetteer does not take from GeoNames: its alternate names
// hold LA, SF, NOLA, HK, CDMX and more, but NYC only as an airport-like code, which are left out
// (gazetteer.ts), and DC and KL not at all. Short form → GeoNames id.
export const SHORT_FORMS: ReadonlyArray<readonly [string, number]> = [
  ["NYC", 5128581], // New York City
  ["DC", 4140963], // Washington
  ["KL", 1735161], // Kuala Lumpur
];
