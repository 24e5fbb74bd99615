import type { RestrictionMemory } from "./restriction-memory";
import type { Artist, AudioFeatures, Concert, DateRange, ListenerArtist, Place, TimeRange, Track } from "@/lib/domain/types";

// What the pipeline needs, by capability rather than by vendor. Each capability lists the sources
// that can serve it, tried in order (lib/pipeline/source-chain.ts); concerts come from every
// configured concert source at once and are merged.

/** Per-request context: the listener's Spotify token, used for Spotify calls only and never stored. */
export interface ListenerContext {
  spotifyToken: string;
  /** The time range of the listener's top artists and top tracks. */
  timeRange: TimeRange;
}

export interface TasteSource {
  readonly name: string;
  topArtists(token: string, limit: number, timeRange: TimeRange): Promise<Artist[]>;
  /** The listener's own top tracks (user data: never cached or shared). */
  topTracks(token: string, limit: number, timeRange: TimeRange): Promise<Track[]>;
}

/** How many similar artists the caller needs, and which it will drop anyway (the listener's top artists). */
export interface SimilarWanted {
  count: number;
  excluding: readonly Artist[];
}

/** Similar artists as Spotify artists, most similar first (possibly more than wanted). */
export interface SimilarArtistsSource {
  readonly name: string;
  similarArtists(ctx: ListenerContext, artist: Artist, wanted: SimilarWanted): Promise<Artist[]>;
}

/** Similar artists known by name only (Last.fm, Deezer), most similar first; matched to Spotify by the pipeline. */
export interface SimilarNamesSource {
  readonly name: string;
  similarNames(artist: Artist, limit: number): Promise<string[]>;
}

/** Spotify's catalogue search, used to match names from other sources to Spotify artists. */
export interface ArtistSearch {
  /** Spotify artists whose name is the same as `name` once normalised, best match first. */
  findArtists(token: string, name: string): Promise<Artist[]>;
}

export interface ArtistTracksSource {
  readonly name: string;
  /** An empty list means this source has no tracks for the artist (the next source is tried). */
  tracksOf(ctx: ListenerContext, artist: ListenerArtist): Promise<Track[]>;
}

export interface TrackFeaturesSource {
  readonly name: string;
  /** Features by track id; null or missing = this source has none for that track. Failed batches are in `errors`. */
  featuresOf(ctx: ListenerContext, trackIds: string[]): Promise<{ values: Map<string, AudioFeatures | null>; errors: unknown[] }>;
}

/** A concert source looked up artist by artist (Bandsintown). */
export interface ArtistEventsSource {
  readonly name: string;
  /** `events: null` means the source does not know the artist. */
  eventsFor(artist: Artist, range: DateRange): Promise<{ events: Concert[] | null }>;
}

/** Who plays a concert found by place, as the source names them. */
export interface Performer {
  name: string;
  /** From the source's Spotify link, when it has one. */
  spotifyId: string | null;
}

export interface AreaConcert extends Concert {
  performers: Performer[];
}

/** Concerts near a place, within a radius and dates. */
export interface AreaSearch {
  place: Place;
  radiusKm: number;
  range: DateRange;
}

/** A concert source searched by place and dates, returning every artist's music events there (Ticketmaster). */
export interface AreaEventsSource {
  readonly name: string;
  /** `complete: false` when the source holds more events than its paging limits let us read. */
  eventsNear(search: AreaSearch): Promise<{ concerts: AreaConcert[]; complete: boolean }>;
}

export interface Capabilities {
  taste: TasteSource;
  similarArtists: SimilarArtistsSource[];
  artistTracks: ArtistTracksSource[];
  trackFeatures: TrackFeaturesSource[];
  artistEvents: ArtistEventsSource[];
  areaEvents: AreaEventsSource[];
  /** Which sources refused which capability lately (shared by all requests). */
  restrictions: RestrictionMemory;
}
