// What the pipeline needs, by capability rather than by vendor: plain interfaces that sources
// implement (lib/sources/<vendor>/) and the pipeline calls (lib/pipeline/). Each chained
// capability lists the sources that can serve it, in the order they are tried.
import type { AreaConcert, AreaSearch, Artist, AudioFeatures, Concert, DateRange, ListenerArtist, TimeRange, Track } from "./types";
import type { ProfilePeriod, ProfileService, TasteChoice } from "./taste";

/** Per-request context: the listener's Spotify token, used for Spotify calls only and never stored. */
export interface ListenerContext {
  /** The listener's own token; with `taste`, the app's own (client-credentials) token, tied to no listener. */
  spotifyToken: string;
  /** The time range of the listener's top artists and top tracks. */
  timeRange: TimeRange;
  /** Where the taste comes from when the listener has no Spotify session (absent: their Spotify account). */
  taste?: TasteChoice;
}

/** What a source may ask about the listener within one request: their own top tracks, read at most once. */
export interface ListenerRequest extends ListenerContext {
  topTracks(): Promise<Track[]>;
}

/** A source: its id (as answers' `sources` name it) and its name for people. */
export interface Source {
  readonly id: string;
  readonly label: string;
}

/** The listener's own taste (user data: never cached or shared). */
export interface TasteSource extends Source {
  topArtists(token: string, limit: number, timeRange: TimeRange): Promise<Artist[]>;
  topTracks(token: string, limit: number, timeRange: TimeRange): Promise<Track[]>;
}

/** A listener's top artists as a service they use publishes them, by name, most played first (user data: never cached). */
export interface ProfileTasteSource extends Source {
  readonly id: ProfileService;
  /** Throws ProfileError when the profile is unknown, private or has no statistics yet. */
  topArtistNames(username: string, period: ProfilePeriod, limit: number): Promise<string[]>;
}

/** How many similar artists the caller needs, and which it will drop anyway (the listener's top artists). */
export interface SimilarWanted {
  count: number;
  excluding: readonly Artist[];
}

/** Similar artists as Spotify artists, most similar first (possibly more than wanted). */
export interface SimilarArtistsSource extends Source {
  similarArtists(req: ListenerRequest, artist: Artist, wanted: SimilarWanted): Promise<Artist[]>;
}

/** Similar artists known by name only (Last.fm, Deezer), most similar first; matched to Spotify artists by name. */
export interface SimilarNamesSource extends Source {
  similarNames(artist: Artist, limit: number): Promise<string[]>;
}

/** Spotify's catalogue search, used to match names from other sources to Spotify artists. */
export interface ArtistSearch {
  /** Spotify artists whose name is the same as `name` once normalised, best match first. */
  findArtists(token: string, name: string): Promise<Artist[]>;
  /** The same, not kept in the public cache: for names a listener typed, which are theirs alone. */
  findArtistsUncached(token: string, name: string): Promise<Artist[]>;
  /** A Spotify artist by id; null when Spotify has none. */
  artistById(token: string, id: string): Promise<Artist | null>;
}

export interface ArtistTracksSource extends Source {
  /** An empty list means this source has no tracks for the artist (the next source is tried). */
  tracksOf(req: ListenerRequest, artist: ListenerArtist): Promise<Track[]>;
}

/** Features by track id; null or missing = this source has none for that track. Failed batches are in `errors`. */
export interface FeaturesAnswer {
  values: Map<string, AudioFeatures | null>;
  errors: unknown[];
}

export interface TrackFeaturesSource extends Source {
  featuresOf(req: ListenerRequest, trackIds: string[]): Promise<FeaturesAnswer>;
}

/** A concert source looked up artist by artist (Bandsintown). */
export interface ArtistConcertsSource extends Source {
  /** `concerts: null` means the source does not know the artist. */
  concertsOf(artist: Artist, range: DateRange): Promise<{ concerts: Concert[] | null }>;
}

/** A concert source searched by place and dates, returning every artist's music events there (Ticketmaster). */
export interface AreaConcertsSource extends Source {
  /**
   * `complete: false` when the source holds more concerts than its paging limits let us read.
   * `onFirstPage` hears the first page (the earliest dates) when more pages are still to come.
   */
  concertsNear(search: AreaSearch, onFirstPage?: (concerts: AreaConcert[]) => void): Promise<{ concerts: AreaConcert[]; complete: boolean }>;
}

/** One concert as its source knows it: a stable address for its own page. */
export interface ConcertRef {
  /** The source's id, e.g. "ticketmaster". */
  source: string;
  /** The source's id of the concert. */
  id: string;
  /** The artist the source lists it under, for a source that lists concerts by artist only (Bandsintown). */
  artist?: string;
}

/** A concert source that can find one of its upcoming concerts again (public data). */
export interface ConcertLookupSource extends Source {
  /** null: the source has no such upcoming concert. */
  concert(ref: ConcertRef): Promise<Concert | null>;
}

/** Every capability's sources, in the order each is tried. */
export interface Capabilities {
  taste: TasteSource;
  /** Profiles elsewhere that can stand in for a Spotify session (Last.fm with a key, ListenBrainz). */
  profiles: ProfileTasteSource[];
  /** Matches names from other sources (similar artists, concert listings) to Spotify artists. */
  artistSearch: ArtistSearch;
  similarArtists: SimilarArtistsSource[];
  artistTracks: ArtistTracksSource[];
  trackFeatures: TrackFeaturesSource[];
  artistConcerts: ArtistConcertsSource[];
  areaConcerts: AreaConcertsSource[];
  /** One source per concert source that can look a concert up again (its page). */
  concertLookup: ConcertLookupSource[];
}
