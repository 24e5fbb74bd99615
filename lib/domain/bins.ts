// The public API's response shapes. Field names follow the original Gigscovery API
// (snake_case, "bin"); our additions sit beside them without changing them.
import type { AudioFeatures, PipelineWarning, SoundProfile } from "./types";

export interface UserArtistOut {
  id: string;
  name: string;
  genres: string[];
}

export interface TrackFeaturesOut extends AudioFeatures {
  artist_name: string;
  artist_id: string;
  track_name: string;
}

export interface BinReason {
  band_name: string;
  band_spotify_id: string;
  band_flag: "top" | "related";
  /** Ours: for related artists, the top artists they were found through. */
  related_to: { id: string; name: string }[];
  /** Ours: the artist's image. */
  photo: string | null;
}

export interface VenueOut {
  name: string;
  city: string;
  region: string;
  country: string;
  latitude: number;
  longitude: number;
}

export interface OfferOut {
  type: string;
  url: string;
  status: string;
}

/** One concert as the original API listed it, per bin_reason artist. */
export interface ConcertOut {
  name: string;
  photo: string | null;
  artist_id: string;
  spotify_id: string;
  concert_id: string;
  date: string;
  description: string;
  offers: OfferOut[];
  venue: VenueOut;
  distance_km: number;
  lineup: string[];
  url: string;
  source: string;
}

/** Ours: one show in a mix's flat list; a show with several of the listener's artists appears once. */
export interface MixConcertOut {
  concert_id: string;
  source: string;
  date: string;
  title: string | null;
  description: string;
  url: string;
  offers: OfferOut[];
  lineup: string[];
  venue: VenueOut;
  distance_km: number;
  artists: { name: string; spotify_id: string; band_flag: "top" | "related"; photo: string | null }[];
}

export interface BinOut {
  id: number;
  bin_reason: BinReason[];
  concerts: ConcertOut[][];
  /** Ours: a short human name from the mix's sound, e.g. "Energetic & danceable". */
  mix_name: string;
  /** Ours: the mix's average sound profile (Spotify feature scales); null when audio features were unavailable. */
  sound_profile: SoundProfile | null;
  /** Ours: flat, de-duplicated, date-sorted list of this mix's concerts. */
  mix_concerts: MixConcertOut[];
}

export interface GetBinsResponse {
  user_bins: BinOut[];
  warnings: PipelineWarning[];
  /** Ours: true when the server runs on the local sandbox's demo data. */
  demo_data: boolean;
}
