// The city scenes grown around the base catalog, each part from its own PRNG stream so that nothing
// drawn for the base catalog changes: acts (appended to the artists), venues, touring acts' shows
// (Bandsintown events) and local acts' Ticketmaster-only shows.
import type { ArtistCentre } from "../artists";
import { CITIES } from "../cities";
import { idFactory, subRng } from "../random";
import type { CatalogAlbum, CatalogArtist, CatalogEvent, CatalogScenes, CatalogTrack } from "../types";
import { buildSceneActs } from "./acts";
import { Calendar, VenuesByCity } from "./calendar";
import { sceneWeight } from "./city-scene";
import { buildLocalShows } from "./local-shows";
import { buildTouringShows } from "./touring-shows";
import { buildSceneVenues } from "./venues";

export interface ScenesInput {
  seed: number;
  today: string;
  artists: CatalogArtist[];
  albums: CatalogAlbum[];
  tracks: CatalogTrack[];
  centres: Map<string, ArtistCentre>;
  /** Venue names the base catalog uses. */
  venueNames: Set<string>;
}

export interface ScenesResult {
  artists: CatalogArtist[];
  albums: CatalogAlbum[];
  tracks: CatalogTrack[];
  /** Touring acts' shows, by date. */
  events: CatalogEvent[];
  scenes: CatalogScenes;
}

export function buildScenes(input: ScenesInput): ScenesResult {
  const { seed } = input;
  const cities = CITIES.filter((c) => sceneWeight(c) > 0);
  const baseIds = new Set([...input.artists, ...input.albums, ...input.tracks].map((x) => x.id));
  const spotifyId = idFactory(subRng(seed, "scene-spotify-ids"));
  const newId = () => {
    for (;;) {
      const id = spotifyId();
      if (!baseIds.has(id)) return id;
    }
  };
  const acts = buildSceneActs(subRng(seed, "scene-acts"), {
    base: input.artists, baseCentres: input.centres, cities, newId,
    bandsintownRng: subRng(seed, "scene-bandsintown-ids"), deezerRng: subRng(seed, "scene-deezer-ids"),
  });
  const venueList = buildSceneVenues(subRng(seed, "scene-venues"), cities, new Set(input.venueNames));
  const venues = new VenuesByCity(venueList);
  const albumNameByArtist = new Map<string, string>();
  for (const al of acts.albums) albumNameByArtist.set(al.artistId, al.name); // latest album wins
  const calendar = new Calendar(input.today);
  const events = buildTouringShows(subRng(seed, "scene-touring-shows"), { cities, venues, acts, albumNameByArtist, calendar });
  const localShows = buildLocalShows(subRng(seed, "scene-local-shows"), { cities, venues, acts, calendar });
  return {
    artists: acts.artists,
    albums: acts.albums,
    tracks: acts.tracks,
    events: byDateTime(events),
    scenes: { acts: acts.acts, venues: venueList, localShows: byDateTime(localShows) },
  };
}

/** Sorted by datetime, then id: grouped by day first, so only a day's few shows are compared. */
function byDateTime<T extends { datetime: string; id: string }>(items: T[]): T[] {
  const days = new Map<string, T[]>();
  for (const x of items) {
    const day = x.datetime.slice(0, 10);
    const list = days.get(day);
    if (list) list.push(x);
    else days.set(day, [x]);
  }
  // Ids are 9-digit numbers, so comparing them as strings orders them numerically.
  const within = (x: T, y: T) => (x.datetime < y.datetime ? -1 : x.datetime > y.datetime ? 1 : x.id < y.id ? -1 : 1);
  return [...days.keys()].sort().flatMap((day) => (days.get(day) as T[]).sort(within));
}
