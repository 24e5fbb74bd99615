// What a vendor folder (lib/sources/<vendor>/) describes about itself, and what it serves. One
// registry line (lib/sources/registry.ts) wires it into the capability chains.
import type { z } from "zod";
import type {
  AreaConcertsSource,
  ArtistConcertsSource,
  ArtistSearch,
  ArtistTracksSource,
  ConcertLookupSource,
  ProfileTasteSource,
  SimilarArtistsSource,
  SimilarNamesSource,
  TasteSource,
  TrackFeaturesSource,
} from "@/lib/domain/ports";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { UpstreamClient } from "@/lib/http/upstream-client";
import type { VendorMetadata } from "./metadata";

/** A vendor's budget: requests in flight, started per rolling window, and per day. */
export interface VendorLimits {
  concurrency: number;
  rateLimit: number;
  windowMs: number;
  dailyLimit?: number;
}

/** What a vendor serves; the registry places each in its capability's chain, in registry order. */
export interface Serving {
  taste?: TasteSource;
  /** Listening profiles that stand in for a Spotify session. */
  profiles?: ProfileTasteSource[];
  artistSearch?: ArtistSearch;
  similarArtists?: SimilarArtistsSource[];
  /** Similar artists by name only: the registry matches them to Spotify artists with `artistSearch`. */
  similarNames?: SimilarNamesSource[];
  artistTracks?: ArtistTracksSource[];
  trackFeatures?: TrackFeaturesSource[];
  artistConcerts?: ArtistConcertsSource[];
  areaConcerts?: AreaConcertsSource[];
  concertLookup?: ConcertLookupSource[];
}

/** What the registry hands a vendor to build its sources with. */
export interface VendorKit {
  /** The public cache and in-flight sharing, one for all vendors. */
  shared: SharedLoader;
  /** The vendor's HTTP client within `limits` (with the app's timeout and retries). */
  client(limits: VendorLimits): UpstreamClient;
  /** The rolling window of the budgets set in the environment (Spotify's and Bandsintown's). */
  rateWindowMs: number;
}

export interface Vendor<Env extends z.ZodRawShape = z.ZodRawShape, Settings = unknown> {
  metadata: VendorMetadata;
  /** The vendor's settings in the environment (validated with the app's, every problem named at once). */
  env: Env;
  /** Its settings from the validated environment; undefined when it is not used (no key, or switched off). */
  settings(env: z.infer<z.ZodObject<Env>>): Settings | undefined;
  serve(settings: Settings, kit: VendorKit): Serving;
}

export function defineVendor<Env extends z.ZodRawShape, Settings>(vendor: Vendor<Env, Settings>): Vendor<Env, Settings> {
  return vendor;
}
