// Lookup maps over the catalog the sandbox serves.
import type { Catalog, CatalogAlbum, CatalogArtist, CatalogEvent, CatalogListener, CatalogTrack } from "../catalog/types";

export interface CatalogLookup {
  artistsById: Map<string, CatalogArtist>;
  artistsByLowerName: Map<string, CatalogArtist>;
  tracksById: Map<string, CatalogTrack>;
  albumsById: Map<string, CatalogAlbum>;
  listenersById: Map<string, CatalogListener>;
  eventsByArtistId: Map<string, CatalogEvent[]>;
}

export function normalizeName(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

export function buildLookup(c: Catalog): CatalogLookup {
  const eventsByArtistId = new Map<string, CatalogEvent[]>();
  for (const e of c.events) {
    for (const id of new Set(e.artistIds)) {
      const list = eventsByArtistId.get(id) ?? [];
      list.push(e);
      eventsByArtistId.set(id, list);
    }
  }
  for (const list of eventsByArtistId.values()) list.sort((a, b) => a.datetime.localeCompare(b.datetime));
  return {
    artistsById: new Map(c.artists.map((a) => [a.id, a])),
    artistsByLowerName: new Map(c.artists.map((a) => [normalizeName(a.name), a])),
    tracksById: new Map(c.tracks.map((t) => [t.id, t])),
    albumsById: new Map(c.albums.map((a) => [a.id, a])),
    listenersById: new Map(c.listeners.map((l) => [l.id, l])),
    eventsByArtistId,
  };
}
