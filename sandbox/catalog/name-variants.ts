// How Last.fm and Ticketmaster spell catalog artists. Some spellings differ from Spotify's, so
// clients have to match names loosely. For every catalog artist, the rules that apply, in order:
//   1. accents on Latin letters dropped       "Renée Lefèvre"          -> "Renee Lefevre"
//   2. " & " and " and " swapped               "Meadow & Ember"         -> "Meadow and Ember"
//                                              "Signe and the Wanderers" -> "Signe & the Wanderers"
//   3. only if neither 1 nor 2 applied: a leading "The " dropped   "The Sparrows" -> "Sparrows"
// A variant that folds to the same key as another catalog name (or another variant) is not used.
import type { Catalog, CatalogArtist } from "./types";

/** Loose matching key: accents dropped, lower case, spaces collapsed. */
export function foldName(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The rule-based variant of a name, or null when no rule applies. */
export function spellingVariant(name: string): string | null {
  let v = name.normalize("NFD").replace(/([A-Za-z])[\u0300-\u036f]+/g, "$1").normalize("NFC");
  v = v.includes(" & ") ? v.replace(/ & /g, " and ") : v.replace(/ and /g, " & ");
  if (v === name && name.startsWith("The ")) v = name.slice(4);
  return v === name ? null : v;
}

const cache = new WeakMap<Catalog, Map<string, string>>();

/** Artist id -> the Last.fm/Ticketmaster spelling, for the artists whose spelling differs. */
export function spellingVariants(catalog: Catalog): Map<string, string> {
  let variants = cache.get(catalog);
  if (!variants) {
    variants = new Map();
    const owner = new Map(catalog.artists.map((a) => [foldName(a.name), a.id]));
    for (const a of catalog.artists) {
      const v = spellingVariant(a.name);
      if (v === null || (owner.get(foldName(v)) ?? a.id) !== a.id) continue;
      owner.set(foldName(v), a.id);
      variants.set(a.id, v);
    }
    cache.set(catalog, variants);
  }
  return variants;
}

/** How Last.fm and Ticketmaster spell the artist. */
export function externalName(catalog: Catalog, artist: CatalogArtist): string {
  return spellingVariants(catalog).get(artist.id) ?? artist.name;
}
