// generateCatalog: the deterministic demo catalog the sandbox serves.

import type { Catalog, CatalogAlbum, CatalogArtist, CatalogCity, CatalogEvent, CatalogListener, CatalogTrack } from "./types";
import { assignDeezerIds, buildArtists } from "./artists";
import { CITIES, buildVenues } from "./cities";
import { isIsoDate, localToday } from "./dates";
import { buildEvents } from "./events";
import { GENRE_KEYS } from "./genres";
import { buildListeners } from "./listeners";
import { idFactory, subRng } from "./random";
import { buildScenes } from "./scenes/build";

export const DEFAULT_SEED = 20261123;

export interface GenerateOptions {
  seed?: number;
  /** YYYY-MM-DD; defaults to today's local date. */
  today?: string;
  /**
   * false: only the base catalog (the demo listeners' world), without the city scenes. The test that
   * proves the scenes change nothing of it compares the two.
   */
  scenes?: boolean;
}

/**
 * Pure and deterministic: the same seed and today always give a deep-equal catalog.
 * Event dates are relative to `today`; everything else depends only on the seed.
 */
export function generateCatalog(opts: GenerateOptions = {}): Catalog {
  const seed = (opts.seed ?? DEFAULT_SEED) >>> 0;
  const today = opts.today ?? localToday();
  if (!isIsoDate(today)) throw new Error(`generateCatalog: today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);

  const newId = idFactory(subRng(seed, "spotify-ids"));
  const { artists, albums, tracks, centres, specialIds } = buildArtists(subRng(seed, "artists"), newId, subRng(seed, "bandsintown-ids"));
  // Its own stream, drawn after everything else about the artists, so it changes nothing else.
  assignDeezerIds(subRng(seed, "deezer-ids"), artists);
  const listeners = buildListeners(subRng(seed, "listeners"), artists, tracks, specialIds);
  const venues = buildVenues(subRng(seed, "venues"));

  const albumNameByArtist = new Map<string, string>();
  for (const al of albums) albumNameByArtist.set(al.artistId, al.name); // latest album wins
  const events = buildEvents(subRng(seed, "events"), today, { artists, albumNameByArtist, listeners, venues, specialIds });

  const cities: CatalogCity[] = CITIES.map(({ name, region, country, countryCode, latitude, longitude, timezone }) => ({
    name, region, country, countryCode, latitude, longitude, timezone,
  }));
  const base = { seed, today, genres: [...GENRE_KEYS], artists, albums, tracks, listeners, events, cities };
  if (opts.scenes === false) return { ...base, scenes: { acts: [], venues: [], localShows: [] } };

  // The city scenes come after everything above, from their own streams: the base stays as it was.
  const venueNames = new Set(venues.flatMap((v) => [...v.venues, v.festivalSite].map((x) => x.name)));
  const grown = buildScenes({ seed, today, artists, albums, tracks, centres, venueNames });
  return {
    ...base,
    artists: [...artists, ...grown.artists],
    albums: [...albums, ...grown.albums],
    tracks: [...tracks, ...grown.tracks],
    events: mergeByDate(events, grown.events),
    scenes: grown.scenes,
  };
}

/** Two event lists sorted by datetime then numeric id, merged the same way (a's first on a tie). */
function mergeByDate(a: CatalogEvent[], b: CatalogEvent[]): CatalogEvent[] {
  const out: CatalogEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && (x.datetime < y.datetime || (x.datetime === y.datetime && Number(x.id) <= Number(y.id))))) {
      out.push(x as CatalogEvent);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

export interface CatalogIndex {
  artistsById: Map<string, CatalogArtist>;
  /** Keyed by lowerName(name): NFC-normalised, lower-cased (exact, case-insensitive match). */
  artistsByLowerName: Map<string, CatalogArtist>;
  tracksById: Map<string, CatalogTrack>;
  albumsById: Map<string, CatalogAlbum>;
  listenersById: Map<string, CatalogListener>;
  /** Events whose bill includes the artist, in catalog order (by date). Every artist has an entry. */
  eventsByArtistId: Map<string, CatalogEvent[]>;
  /** Extras for the server: an artist's albums (oldest first) and an album's tracks (by track number). */
  albumsByArtistId: Map<string, CatalogAlbum[]>;
  tracksByAlbumId: Map<string, CatalogTrack[]>;
  eventsById: Map<string, CatalogEvent>;
  /** Artists on Deezer, by their Deezer id. */
  artistsByDeezerId: Map<number, CatalogArtist>;
}

/** The key artistsByLowerName uses: NFC-normalised and lower-cased. */
export function lowerName(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** Lookup maps over a catalog; build once and reuse. */
export function indexCatalog(c: Catalog): CatalogIndex {
  const artistsById = new Map(c.artists.map((a) => [a.id, a]));
  const artistsByLowerName = new Map(c.artists.map((a) => [lowerName(a.name), a]));
  const tracksById = new Map(c.tracks.map((t) => [t.id, t]));
  const albumsById = new Map(c.albums.map((a) => [a.id, a]));
  const listenersById = new Map(c.listeners.map((l) => [l.id, l]));
  const eventsById = new Map(c.events.map((e) => [e.id, e]));
  const eventsByArtistId = new Map<string, CatalogEvent[]>(c.artists.map((a) => [a.id, []]));
  for (const e of c.events) for (const id of e.artistIds) eventsByArtistId.get(id)?.push(e);
  const albumsByArtistId = new Map<string, CatalogAlbum[]>(c.artists.map((a) => [a.id, []]));
  for (const al of c.albums) albumsByArtistId.get(al.artistId)?.push(al);
  const tracksByAlbumId = new Map<string, CatalogTrack[]>(c.albums.map((a) => [a.id, []]));
  for (const t of c.tracks) tracksByAlbumId.get(t.albumId)?.push(t);
  for (const list of tracksByAlbumId.values()) list.sort((a, b) => a.trackNumber - b.trackNumber);
  const artistsByDeezerId = new Map(c.artists.flatMap((a) => (a.deezerId === null ? [] : [[a.deezerId, a] as const])));
  return { artistsById, artistsByLowerName, tracksById, albumsById, listenersById, eventsByArtistId, albumsByArtistId, tracksByAlbumId, eventsById, artistsByDeezerId };
}
