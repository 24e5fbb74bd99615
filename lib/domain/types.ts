// Our domain types. Sources turn raw upstream JSON into these at their boundary; nothing above
// lib/sources sees vendor JSON. The domain imports nothing but the domain.

/** Spotify's time ranges of a listener's top artists and tracks: about 4 weeks, 6 months, all time. */
export const TIME_RANGES = ["short_term", "medium_term", "long_term"] as const;
export type TimeRange = (typeof TIME_RANGES)[number];
/** The most artists a listener's whole taste can hold: 50 top artists per time range (most of them shared), and their top tracks' artists. */
export const WHOLE_TASTE_MAX = 150;

export interface Artist {
  id: string; // Spotify artist id
  name: string;
  genres: string[];
  imageUrl: string | null;
}

/** An artist in the listener's set: one of their top artists, or similar to one. */
export interface ListenerArtist extends Artist {
  flag: "top" | "related";
  /** For similar artists: the top artist(s) they were found through. */
  relatedTo: { id: string; name: string }[];
}

export interface Track {
  id: string;
  name: string;
  uri: string;
  artistId: string;
  artistName: string;
}

/** Spotify's audio-features object, field for field (the public API returns it as is). */
export interface AudioFeatures {
  id: string;
  uri: string;
  track_href: string;
  analysis_url: string;
  type: "audio_features";
  danceability: number;
  energy: number;
  key: number;
  loudness: number;
  mode: number;
  speechiness: number;
  acousticness: number;
  instrumentalness: number;
  liveness: number;
  valence: number;
  tempo: number;
  duration_ms: number | null;
  time_signature: number | null;
}

/** The features that describe how an artist sounds (all scaled to 0..1 except loudness/tempo). */
export const SOUND_FEATURES = [
  "danceability",
  "energy",
  "loudness",
  "speechiness",
  "acousticness",
  "instrumentalness",
  "liveness",
  "valence",
  "tempo",
] as const;
export type SoundFeature = (typeof SOUND_FEATURES)[number];
export type SoundProfile = Record<SoundFeature, number>;

export interface Venue {
  name: string;
  city: string;
  region: string;
  country: string;
  latitude: number;
  longitude: number;
}

export interface Offer {
  type: string;
  url: string;
  status: string;
}

/** Where a listing stands, when its source says (a show without one is on as planned). */
export const CONCERT_STATUSES = ["on_sale", "sold_out", "cancelled", "postponed", "rescheduled"] as const;
export type ConcertStatus = (typeof CONCERT_STATUSES)[number];

/** What tickets cost, as the source gives it (one currency). */
export interface PriceRange {
  min: number;
  max: number;
  currency: string;
}

export interface Concert {
  /** The concert source's id of the concert. */
  id: string;
  /** Which source found it, e.g. "bandsintown". */
  source: string;
  /** The concert source's id of the artist. */
  sourceArtistId: string;
  /** Venue-local date-time as the source gives it, e.g. "2026-11-23T19:00:00" (no offset). */
  datetime: string;
  title: string | null;
  description: string;
  url: string;
  offers: Offer[];
  lineup: string[];
  venue: Venue;
  /** When the source says: sold out, cancelled, postponed, rescheduled (or on sale). */
  status?: ConcertStatus;
  /** When the source gives one. */
  priceRange?: PriceRange;
  /** The venue's time zone (IANA), when the source gives it. */
  timezone?: string;
}

/** Who plays a concert found by place, as the source names them. */
export interface Performer {
  name: string;
  /** From the source's Spotify link, when it has one. */
  spotifyId: string | null;
}

/** A concert found by place, with its performers as the source names them. */
export interface AreaConcert extends Concert {
  performers: Performer[];
  /** The music's genres as the source files the listing (e.g. "Rock", "Alternative Rock"), most telling first. */
  genres: string[];
}

export interface DateRange {
  /** YYYY-MM-DD, inclusive */
  begin: string;
  /** YYYY-MM-DD, inclusive */
  end: string;
}

export interface Place {
  latitude: number;
  longitude: number;
}

/** Concerts near a place, within a radius and dates. */
export interface AreaSearch {
  place: Place;
  radiusKm: number;
  range: DateRange;
}
