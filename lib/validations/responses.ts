import { z } from "zod";
import { CAPABILITY_KEYS, WARNING_CODES, type CapabilityKey, type PipelineStage, type PipelineWarning } from "@/lib/domain/capabilities";
import { CONCERT_STATUSES, SOUND_FEATURES, type Offer, type PriceRange, type Venue } from "@/lib/domain/types";
import { audioFeatures } from "./audio-features";

// The public API's response shapes, as zod schemas: the TypeScript types below and the OpenAPI
// document are both derived from these. Field names follow the original API. The pieces the
// pipeline's own types also describe (venue, offer, warning) are checked against them.

const warning = z
  .object({
    code: z.enum(WARNING_CODES).meta({ example: "events_unavailable" }),
    message: z.string(),
    source: z.string().optional(),
    subjects: z.array(z.string()).optional(),
  })
  .meta({ id: "Warning", description: "Something that could not be fetched; the answer holds what was found." }) satisfies z.ZodType<PipelineWarning>;

const warnings = z.array(warning).meta({ description: "What could not be fetched or had to be worked around." });

const sources = z
  .object(Object.fromEntries(CAPABILITY_KEYS.map((k) => [k, z.array(z.string()).optional()])) as Record<CapabilityKey, z.ZodOptional<z.ZodArray<z.ZodString>>>)
  .meta({
    id: "Sources",
    description:
      "Ours: which sources served each capability in this answer (spotify, spotify-search, your-top-tracks, lastfm, listenbrainz, your-list, deezer, reccobeats, bandsintown, ticketmaster). A capability nobody served is left out.",
    example: { top_artists: ["spotify"], similar_artists: ["deezer"], artist_tracks: ["spotify-search"], track_features: ["reccobeats"], concerts: ["ticketmaster"] },
  });

/** As the original API marked them: one of the listener's top artists, or related to one. */
const flag = z.enum(["top", "related"]).meta({ description: "top: one of the listener's top artists; related: related to one (as the original API marked them)." });

export const userArtistsResponse = z.object({
  users_artists: z.array(z.object({ id: z.string(), name: z.string(), genres: z.array(z.string()), flag })).meta({
    description: "The listener's top artists first, then the related ones.",
  }),
  warnings,
  sources,
});

export const trackFeaturesResponse = z.object({
  audio_features: z.array(
    audioFeatures.extend({ artist_name: z.string(), artist_id: z.string(), track_name: z.string(), flag }).meta({ id: "TrackFeatures" }),
  ),
  warnings,
  sources,
});

const soundProfile = z
  .object(Object.fromEntries(SOUND_FEATURES.map((f) => [f, z.number()])) as Record<(typeof SOUND_FEATURES)[number], z.ZodNumber>)
  .meta({ id: "SoundProfile", description: "Average audio features (Spotify's scales: 0..1, loudness in dB, tempo in BPM)." });

const venue = z
  .object({ name: z.string(), city: z.string(), region: z.string(), country: z.string(), latitude: z.number(), longitude: z.number() })
  .meta({ id: "Venue" }) satisfies z.ZodType<Venue>;
const offer = z.object({ type: z.string(), url: z.string(), status: z.string() }).meta({ id: "Offer" }) satisfies z.ZodType<Offer>;
const priceRange = z
  .object({ min: z.number(), max: z.number(), currency: z.string().meta({ example: "EUR" }) })
  .meta({ id: "PriceRange", description: "What tickets cost, as the listing gives it." }) satisfies z.ZodType<PriceRange>;

const concert = z
  .object({
    name: z.string().meta({ description: "The artist's name." }),
    photo: z.string().nullable().meta({ description: "The artist's image URL." }),
    artist_id: z.string().meta({ description: "The event source's id of the artist." }),
    spotify_id: z.string(),
    concert_id: z.string(),
    date: z.string().meta({ description: "Venue-local date-time as the source gives it (no offset).", example: "2026-12-04T20:00:00" }),
    description: z.string(),
    offers: z.array(offer),
    venue,
    distance_km: z.number(),
    lineup: z.array(z.string()),
    url: z.string().meta({ description: "The event page." }),
    source: z.string().meta({ example: "bandsintown" }),
    flag,
  })
  .meta({ id: "Concert" });

const artistRef = z.object({ id: z.string(), name: z.string() });

const mixConcert = z
  .object({
    concert_id: z.string(),
    source: z.string(),
    date: z.string(),
    title: z.string().nullable(),
    description: z.string(),
    url: z.string(),
    offers: z.array(offer),
    lineup: z.array(z.string()),
    venue,
    distance_km: z.number(),
    artists: z.array(
      z.object({
        name: z.string(),
        spotify_id: z.string(),
        band_flag: z.enum(["top", "related", "discovery"]).meta({
          description: "top: one of the listener's artists; related: similar to one of them; discovery (with discoveries=true): a performer placed in this mix by sound.",
        }),
        photo: z.string().nullable(),
        sounds_like: z.array(artistRef).optional().meta({ description: "For a discovery: the mix's artists it sounds most like." }),
        reason: z.string().optional().meta({ description: "For a discovery: why it is here, in plain words.", example: "Sounds like Neon Harbor and Paper Lanterns in this mix" }),
      }),
    ),
    genres: z.array(z.string()).optional().meta({ description: "With taste=whole or discoveries: the music's genres as the listing files it, when it does." }),
    status: z.enum(CONCERT_STATUSES).optional().meta({
      description: "With taste=whole or discoveries, when the listing says: on sale, sold out, cancelled, postponed or rescheduled.",
    }),
    price_range: priceRange.optional().meta({ description: "With taste=whole or discoveries, when the listing gives one." }),
    timezone: z.string().optional().meta({ description: "With taste=whole or discoveries, when the listing gives it: the venue's time zone.", example: "Europe/Amsterdam" }),
  })
  .meta({ id: "MixConcert", description: "A show once, naming every one of the listener's artists (and discoveries) on its bill." });

const discovery = z
  .object({
    name: z.string(),
    spotify_id: z.string(),
    photo: z.string().nullable(),
    sounds_like: z.array(artistRef),
    reason: z.string(),
  })
  .meta({ id: "Discovery", description: "A performer nearby the listener does not know yet, placed in this mix by how it sounds." });

const bin = z
  .object({
    id: z.number().int().meta({ description: "0, 1, 2 … after bins without concerts are dropped." }),
    bin_reason: z.array(
      z.object({
        band_name: z.string(),
        band_spotify_id: z.string(),
        band_flag: z.enum(["top", "related"]),
        related_to: z.array(z.object({ id: z.string(), name: z.string() })).meta({ description: "Ours: the top artists a related artist was found through." }),
        photo: z.string().nullable(),
      }),
    ),
    concerts: z.array(z.array(concert)).meta({ description: "One list per bin_reason artist, same order: that artist's concerts in the radius." }),
    mix_name: z.string().meta({ description: "Ours: a short name from the mix's sound, or \"Around <artist>\" for a mix grown from similar artists.", example: "Energetic & danceable" }),
    mix_basis: z.enum(["sound", "similar_artists"]).meta({
      description: "Ours: how the mix was formed: by the artists' sound, or grown from one top artist through similar artists when audio features were not available.",
    }),
    mix_reason: z.string().meta({ description: "Ours: why these artists are together, in plain words." }),
    sound_profile: soundProfile.nullable(),
    mix_concerts: z.array(mixConcert).meta({
      description:
        "Ours: the bin's concerts, de-duplicated and sorted by date. With taste=whole or discoveries, each show is in the one " +
        "bin it fits best, the listener's artists' shows come first and the discoveries' after them, closest first.",
    }),
    discoveries: z.array(discovery).optional().meta({ description: "Ours, with discoveries=true: the performers placed in this bin, closest first." }),
  })
  .meta({ id: "Bin" });

const taste = z
  .object({
    depth: z.enum(["top", "whole"]),
    my_artists: z.number().int().meta({ description: "How many of the listener's own artists were looked at." }),
    similar_artists: z.number().int(),
    discoveries: z
      .object({
        described: z.number().int().meta({ description: "Performers nearby described by their sound this time." }),
        placed: z.number().int().meta({ description: "Of those, placed in a mix." }),
        waiting: z.number().int().meta({ description: "Performers left for a later search (a few dozen new ones are looked up per search)." }),
      })
      .nullable(),
  })
  .meta({ id: "TasteReach", description: "Ours, with taste=whole or discoveries: how far the search reached." });

export const binsResponse = z.object({
  user_bins: z.array(bin),
  warnings,
  sources,
  demo_data: z.boolean().meta({ description: "True when the server runs on the sandbox's demo data." }),
  concerts: z
    .array(mixConcert.extend({ bin_id: z.number().int() }).meta({ id: "FoundConcert" }))
    .optional()
    .meta({ description: "Ours, with taste=whole or discoveries: every show once, sorted by date, with the bin it is in." }),
  taste: taste.optional(),
});

/** Every code an error answer can carry, in one list (lib/api/errors-to-http.ts maps our errors to them). */
export const API_ERROR_CODES = [
  "bad_input",
  "bad_request",
  "not_found",
  "method_not_allowed",
  "not_signed_in",
  "sign_in_refused",
  "listener_forbidden",
  "profile_not_found",
  "profile_private",
  "profile_not_ready",
  "unavailable",
  "feed_link_invalid",
  "feed_link_expired",
  "rate_limited",
  "too_many_requests",
  "upstream_error",
  "upstream_timeout",
  "upstream_unavailable",
  "upstream_refused",
  "not_configured",
  "internal_error",
] as const;

export const errorResponse = z
  .object({
    error: z.string().meta({ description: "What went wrong, in plain words." }),
    code: z.enum(API_ERROR_CODES).meta({ description: "What went wrong, for programs.", example: "bad_input" }),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Error" });

export type GetBinsResponse = z.infer<typeof binsResponse>;
export type BinOut = GetBinsResponse["user_bins"][number];
export type BinReason = BinOut["bin_reason"][number];
export type ConcertOut = BinOut["concerts"][number][number];
export type MixConcertOut = BinOut["mix_concerts"][number];
export type UserArtistsResponse = z.infer<typeof userArtistsResponse>;
export type TrackFeaturesResponse = z.infer<typeof trackFeaturesResponse>;
export type ErrorResponse = z.infer<typeof errorResponse>;

/** Live progress of get_bins, streamed as NDJSON by /api/get_bins/stream: one JSON object per line. */
export type ProgressEvent =
  | { type: "stage"; stage: PipelineStage; message: string; done?: number; total?: number }
  | { type: "concerts"; concerts: MixConcertOut[] }
  | { type: "heartbeat" }
  | { type: "result"; data: GetBinsResponse }
  | { type: "error"; status: number; error: string; code?: string; issues?: { field: string; message: string }[] };
