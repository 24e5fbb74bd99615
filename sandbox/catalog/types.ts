// The demo catalog the sandbox serves. Generated deterministically from a seed and
// "today" (so event dates never go stale): same seed + same today => same catalog.

export type TimeRange = "short_term" | "medium_term" | "long_term";

export interface CatalogFeatures {
  danceability: number;
  energy: number;
  key: number; // -1..11
  loudness: number; // dB, about -60..0
  mode: number; // 0 | 1
  speechiness: number;
  acousticness: number;
  instrumentalness: number;
  liveness: number;
  valence: number;
  tempo: number; // BPM
  duration_ms: number;
  time_signature: number; // 3..7
}

export interface CatalogArtist {
  /** Spotify-style id: 22 base62 characters. */
  id: string;
  name: string;
  /** Key of the artist's main genre in the catalog's genre list. */
  genre: string;
  /** Spotify genre strings, e.g. ["indie rock", "modern rock"]. */
  genres: string[];
  popularity: number; // 0..100
  followers: number;
  /** Bandsintown's numeric artist id, as a string; null for an act Bandsintown does not list (a scene's local act). */
  bandsintownId: string | null;
  /** Deezer's numeric artist id; null for the ~5% of artists Deezer does not have. */
  deezerId: number | null;
  /** Related artists, most related first (at least 20, mostly same genre, a few neighbours). */
  relatedIds: string[];
  /** Exactly 10 tracks. */
  trackIds: string[];
}

export interface CatalogAlbum {
  id: string;
  name: string;
  artistId: string;
  releaseDate: string; // YYYY-MM-DD
  totalTracks: number;
}

export interface CatalogTrack {
  id: string;
  name: string;
  artistId: string;
  albumId: string;
  trackNumber: number;
  popularity: number;
  features: CatalogFeatures;
}

export interface CatalogListener {
  /** Spotify user id. */
  id: string;
  displayName: string;
  email: string;
  country: string; // ISO 3166-1 alpha-2
  product: "premium" | "free";
  /** One line describing the taste, shown on the sandbox's consent page. */
  taste: string;
  /** Top artists per time range, most listened first. */
  topArtistIds: Record<TimeRange, string[]>;
  /** Top tracks per time range. */
  topTrackIds: Record<TimeRange, string[]>;
}

export interface CatalogVenue {
  name: string;
  city: string;
  region: string;
  country: string;
  /** Bandsintown sends coordinates as strings. */
  latitude: string;
  longitude: string;
}

export interface CatalogEvent {
  /** Bandsintown event id (numeric string). */
  id: string;
  /** Artists on the bill, headliner first. */
  artistIds: string[];
  /** Venue-local time without offset, e.g. "2026-11-23T19:00:00". */
  datetime: string;
  /** "" when on-sale time is unknown. */
  onSaleDatetime: string;
  title: string;
  description: string;
  festival: { startDate: string; endDate: string } | null;
  venue: CatalogVenue;
  offers: { type: string; url: string; status: string }[];
}

export interface CatalogCity {
  name: string;
  region: string;
  country: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  latitude: number;
  longitude: number;
  /** IANA time zone, e.g. "Europe/Amsterdam". */
  timezone: string;
}

/** A venue of a city scene: any size, anywhere in the metro area (within 50 km of the centre). */
export interface SceneVenue extends CatalogVenue {
  kind: SceneVenueKind;
  /** Audience it holds (standing or seated), as venue sites list it. */
  capacity: number;
}

export type SceneVenueKind = "club" | "music hall" | "theatre" | "concert hall" | "arena" | "stadium";

/** An act the city scenes add: on Spotify (with tracks), never in a demo listener's taste. */
export interface SceneAct {
  artistId: string;
  /** Touring acts play many cities and are on Bandsintown; local acts play their home city, mostly only on Ticketmaster. */
  kind: "touring" | "local";
  /** A local act's home city; null for touring acts. */
  city: string | null;
}

/** A show only Ticketmaster lists: a local act's gig, with the local acts on its bill, headliner first. */
export interface SceneShow {
  id: string;
  artistIds: string[];
  /** Venue-local time without offset. */
  datetime: string;
  venue: SceneVenue;
}

/**
 * Everything grown around the base catalog so big cities look like real ones: hundreds of concerts
 * a month by acts no demo listener knows. Touring acts' shows are in Catalog.events (Bandsintown lists them).
 */
export interface CatalogScenes {
  acts: SceneAct[];
  venues: SceneVenue[];
  localShows: SceneShow[];
}

export interface Catalog {
  seed: number;
  /** YYYY-MM-DD the event dates were generated relative to. */
  today: string;
  genres: string[];
  artists: CatalogArtist[];
  albums: CatalogAlbum[];
  tracks: CatalogTrack[];
  listeners: CatalogListener[];
  events: CatalogEvent[];
  cities: CatalogCity[];
  /** The city scenes' acts (appended to artists, albums and tracks), venues and Ticketmaster-only shows. */
  scenes: CatalogScenes;
}
