import type { Artist, AudioFeatures, Concert, DateRange, TimeRange, Track } from "@/lib/domain/types";

// What the pipeline needs, by capability rather than by vendor, so other sources can serve
// them later (e.g. Last.fm for similar artists, ReccoBeats for features, Ticketmaster for events).

/** Per-request context: the listener's Spotify token, used for Spotify calls only and never stored. */
export interface ListenerContext {
  spotifyToken: string;
}

export interface TasteSource {
  readonly name: string;
  topArtists(token: string, limit: number, timeRange: TimeRange): Promise<Artist[]>;
}

export interface SimilarArtistsSource {
  readonly name: string;
  /** Most similar first. */
  similarArtists(token: string, artist: Artist): Promise<Artist[]>;
}

export interface ArtistTracksSource {
  readonly name: string;
  tracksOf(token: string, artist: Artist): Promise<Track[]>;
}

export interface TrackFeaturesSource {
  readonly name: string;
  featuresOf(token: string, trackIds: string[]): Promise<{ values: Map<string, AudioFeatures | null>; errors: unknown[] }>;
}

export interface EventsSource {
  readonly name: string;
  /** `events: null` means the source does not know the artist. */
  eventsFor(artist: Artist, range: DateRange): Promise<{ events: Concert[] | null }>;
}

export interface Capabilities {
  taste: TasteSource;
  similarArtists: SimilarArtistsSource;
  artistTracks: ArtistTracksSource;
  trackFeatures: TrackFeaturesSource;
  events: EventsSource;
}
