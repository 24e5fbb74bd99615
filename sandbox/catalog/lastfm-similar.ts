// Last.fm's artist.getSimilar over the catalog: the artist's related artists (the same genre
// neighbourhood Spotify serves) with about a third of adjacent pairs swapped, spelled the Last.fm
// way (name-variants.ts), plus four Last.fm-only names a client cannot find on Spotify:
//   position 2:  "<queried artist> Tribute"
//   position 7:  "<most related artist> Tribute"
//   position 12 and the end: local acts such as "The Basement Syndicate".
// `match` falls from 1 towards ~0.25, strictly descending.
import { externalName, foldName } from "./name-variants";
import { hashFraction, hashString } from "./random";
import type { Catalog, CatalogArtist } from "./types";

export interface LastfmSimilar {
  name: string;
  /** The catalog artist, or null for a Last.fm-only name. */
  artistId: string | null;
  /** 0..1, descending along the list. */
  match: number;
}

export const LOCAL_A = ["Basement", "Garage", "Backyard", "Attic", "Kitchen", "Porch", "Corner", "Rooftop", "Cellar", "Alley", "Tuesday", "Ferry"];
export const LOCAL_N = ["Syndicate", "Collective", "Society", "Project", "Assembly", "Brigade", "Union", "Conspiracy", "Orchestra", "Committee"];

const takenByCatalog = new WeakMap<Catalog, Set<string>>();

/** A local act's name chosen by a label: never a catalog name, nor one of `avoid`. */
export function localActName(catalog: Catalog, label: string, avoid: ReadonlySet<string> = new Set()): string {
  let taken = takenByCatalog.get(catalog);
  if (!taken) takenByCatalog.set(catalog, (taken = new Set(catalog.artists.map((a) => foldName(a.name)))));
  for (let k = 0; ; k++) {
    const h = hashString(`${label}:${k}`);
    const name = `The ${LOCAL_A[h % LOCAL_A.length]} ${LOCAL_N[(h >>> 8) % LOCAL_N.length]}`;
    if (!taken.has(foldName(name)) && !avoid.has(name)) return name;
  }
}

const cache = new WeakMap<Catalog, Map<string, LastfmSimilar[]>>();

/** The artist's similar list as Last.fm serves it (memoized per catalog and artist). */
export function lastfmSimilar(
  catalog: Catalog,
  artist: CatalogArtist,
  byId: ReadonlyMap<string, CatalogArtist> = new Map(catalog.artists.map((a) => [a.id, a])),
): LastfmSimilar[] {
  let perCatalog = cache.get(catalog);
  if (!perCatalog) cache.set(catalog, (perCatalog = new Map()));
  const cached = perCatalog.get(artist.id);
  if (cached) return cached;

  const ids = artist.relatedIds.slice();
  for (let i = 0; i + 1 < ids.length; i += 2) {
    if (hashFraction(`lastfm-order:${artist.id}:${i}`) < 0.35) [ids[i], ids[i + 1]] = [ids[i + 1] as string, ids[i] as string];
  }
  const entries: { name: string; artistId: string | null }[] = ids
    .map((id) => byId.get(id))
    .filter((a): a is CatalogArtist => !!a)
    .map((a) => ({ name: externalName(catalog, a), artistId: a.id }));
  const first = entries[0]?.name ?? externalName(catalog, artist);
  const insert = (pos: number, name: string) => entries.splice(Math.min(pos, entries.length), 0, { name, artistId: null });
  insert(2, `${externalName(catalog, artist)} Tribute`);
  insert(7, `${first} Tribute`);
  const local = localActName(catalog, `lastfm-local:${artist.id}:a`);
  insert(12, local);
  insert(entries.length, localActName(catalog, `lastfm-local:${artist.id}:b`, new Set([local])));

  let prev = 1.000001;
  const out = entries.map((e, k) => {
    const raw = k === 0 ? 1 : 1 - 0.75 * Math.pow(k / entries.length, 0.8) - 0.01 * hashFraction(`lastfm-match:${artist.id}:${k}`);
    const match = Math.min(Number(raw.toFixed(6)), Number((prev - 0.000001).toFixed(6)));
    prev = match;
    return { ...e, match };
  });
  perCatalog.set(artist.id, out);
  return out;
}
