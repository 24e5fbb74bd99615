import type { z } from "zod";
import type { audioFeatures } from "@/lib/validations/audio-features";

// Our domain types. Sources turn raw upstream JSON into these at their boundary;
// nothing above lib/sources sees vendor JSON.

export type TimeRange = "short_term" | "medium_term" | "long_term";

export interface Artist {
  id: string; // Spotify artist id
  name: string;
  genres: string[];
  imageUrl: string | null;
}

/** An artist in the listener's set: one of their top artists, or related to one. */
export interface ListenerArtist extends Artist {
  flag: "top" | "related";
  /** For related artists: the top artist(s) they were found through. */
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
export type AudioFeatures = z.infer<typeof audioFeatures>;

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

export interface Concert {
  /** The event source's id of the concert. */
  id: string;
  /** Which source found it, e.g. "bandsintown". */
  source: string;
  /** The event source's id of the artist. */
  sourceArtistId: string;
  /** Venue-local date-time as the source gives it, e.g. "2026-11-23T19:00:00" (no offset). */
  datetime: string;
  title: string | null;
  description: string;
  url: string;
  offers: Offer[];
  lineup: string[];
  venue: Venue;
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

/** The capabilities whose serving source each answer reports. */
export const CAPABILITY_KEYS = ["top_artists", "similar_artists", "artist_tracks", "track_features", "concerts"] as const;
export type CapabilityKey = (typeof CAPABILITY_KEYS)[number];
/** What the pipeline asks a chain of sources for (the listener's top artists come from Spotify alone). */
export type ChainedCapability = Exclude<CapabilityKey, "top_artists">;

export const WARNING_CODES = [
  "source_fallback",
  "related_artists_unavailable",
  "audio_features_unavailable",
  "tracks_unavailable",
  "events_unavailable",
  "concerts_incomplete",
  "artist_not_found",
  "mixes_from_similar_artists",
  "too_few_artists",
] as const;

/** Something the pipeline could not fetch or had to work around; shown to the listener. */
export interface PipelineWarning {
  code: (typeof WARNING_CODES)[number];
  message: string;
  source?: string;
  /** Artist names or ids concerned, if any. */
  subjects?: string[];
}
