// GET /v1/search over the catalog: `artist:`, `track:`, `album:` and `genre:` fields and free text, each
// matched as a case-insensitive substring, double quotes ignored (a field's value cannot hold them, and
// Spotify matches `artist:"The Quoted Band"` to The "Quoted" Band). Lower-cased names are kept once per catalog, and a query with an
// artist or genre field only looks at the tracks of the artists it names, so a search costs little however
// big the catalog.
import type { Catalog, CatalogAlbum, CatalogArtist, CatalogTrack } from "../catalog/types";
import type { SandboxContext } from "./context";

export interface SearchQuery {
  free: string;
  artist?: string;
  track?: string;
  album?: string;
  genre?: string;
}

export function parseQuery(q: string): SearchQuery {
  const out: SearchQuery = { free: "" };
  const rest = q.replace(/\b(artist|track|album|genre):(?:"([^"]*)"|(\S+))/gi, (_m, field: string, quoted?: string, bare?: string) => {
    out[field.toLowerCase() as "artist" | "track" | "album" | "genre"] = key(quoted ?? bare ?? "");
    return " ";
  });
  out.free = key(rest);
  return out;
}

interface Indexed<T> {
  item: T;
  /** key(name). */
  name: string;
}

/** What names and queries are compared by: lower case, NFC, without double quotes, single spaces. */
function key(s: string): string {
  return s.toLowerCase().normalize("NFC").replace(/"/g, "").replace(/\s+/g, " ").trim();
}

interface SearchIndex {
  artists: (Indexed<CatalogArtist> & { genres: string; tracks: Indexed<CatalogTrack>[] })[];
  tracks: Indexed<CatalogTrack>[];
  albums: Indexed<CatalogAlbum>[];
}

const indexes = new WeakMap<Catalog, SearchIndex>();

function indexOf(ctx: SandboxContext): SearchIndex {
  let index = indexes.get(ctx.catalog);
  if (index) return index;
  const tracks = ctx.catalog.tracks.map((t) => ({ item: t, name: key(t.name) }));
  const byArtist = new Map<string, Indexed<CatalogTrack>[]>();
  for (const t of tracks) {
    const list = byArtist.get(t.item.artistId);
    if (list) list.push(t);
    else byArtist.set(t.item.artistId, [t]);
  }
  index = {
    artists: ctx.catalog.artists.map((a) => ({ item: a, name: key(a.name), genres: key(a.genres.join(" ")), tracks: byArtist.get(a.id) ?? [] })),
    tracks,
    albums: ctx.catalog.albums.map((al) => ({ item: al, name: key(al.name) })),
  };
  indexes.set(ctx.catalog, index);
  return index;
}

const has = (hay: string, needle: string | undefined) => needle === undefined || hay.includes(needle);

/**
 * Exact matches first (the free text is the item's name, or an `artist:` field is its artist's whole name,
 * as Spotify ranks them), then by popularity (catalog order on ties).
 */
function ranked<T extends { popularity: number }>(found: Indexed<T>[], exact: (x: Indexed<T>) => boolean): T[] {
  return found
    .map((x) => ({ x, exact: exact(x) }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.x.item.popularity - a.x.item.popularity)
    .map((a) => a.x.item);
}

export function searchArtists(ctx: SandboxContext, pq: SearchQuery): CatalogArtist[] {
  const found = indexOf(ctx).artists.filter(
    (a) => has(a.name, pq.artist) && has(a.genres, pq.genre) && (pq.free === "" || a.name.includes(pq.free) || a.genres.includes(pq.free)),
  );
  return ranked(found, (a) => a.name === pq.free || a.name === pq.artist);
}

export function searchTracks(ctx: SandboxContext, pq: SearchQuery): CatalogTrack[] {
  const index = indexOf(ctx);
  const artistOf = new Map<string, { name: string; genres: string }>();
  for (const a of index.artists) if (has(a.name, pq.artist) && has(a.genres, pq.genre)) artistOf.set(a.item.id, a);
  // Without an artist or genre field any track may match the free text by its own name.
  const candidates = pq.artist === undefined && pq.genre === undefined ? index.tracks : index.artists.filter((a) => artistOf.has(a.item.id)).flatMap((a) => a.tracks);
  const albumName = (t: CatalogTrack) => key(ctx.lookup.albumsById.get(t.albumId)?.name ?? "");
  const found = candidates.filter((t) => {
    const a = artistOf.get(t.item.artistId);
    return (
      a !== undefined && has(t.name, pq.track) && (pq.album === undefined || albumName(t.item).includes(pq.album)) &&
      (pq.free === "" || t.name.includes(pq.free) || a.name.includes(pq.free))
    );
  });
  return ranked(found, (t) => t.name === pq.free || artistOf.get(t.item.artistId)?.name === pq.artist);
}

export function searchAlbums(ctx: SandboxContext, pq: SearchQuery): CatalogAlbum[] {
  const index = indexOf(ctx);
  const artistName = new Map(index.artists.map((a) => [a.item.id, a.name]));
  return index.albums
    .filter((al) => {
      const an = artistName.get(al.item.artistId) ?? "";
      return has(an, pq.artist) && has(al.name, pq.album) && (pq.free === "" || al.name.includes(pq.free) || an.includes(pq.free));
    })
    .map((al) => al.item);
}
