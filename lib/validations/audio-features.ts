import { z } from "zod";
import type { AudioFeatures } from "@/lib/domain/types";

/** Spotify's audio-features object, field for field: read from Spotify and passed on as is by /tracks/features. */
export const audioFeatures = z.object({
  id: z.string(),
  uri: z.string(),
  track_href: z.string(),
  analysis_url: z.string(),
  type: z.literal("audio_features"),
  danceability: z.number(),
  energy: z.number(),
  key: z.number(),
  loudness: z.number(),
  mode: z.number(),
  speechiness: z.number(),
  acousticness: z.number(),
  instrumentalness: z.number(),
  liveness: z.number(),
  valence: z.number(),
  tempo: z.number(),
  duration_ms: z.number().nullable(),
  time_signature: z.number().nullable(),
}) satisfies z.ZodType<AudioFeatures>;
