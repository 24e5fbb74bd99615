import { z } from "zod";

// ReccoBeats wire format (GET /v1/audio-features?ids=...), validated at the boundary. `id` is
// ReccoBeats' own; the Spotify id is only in `href`. There is no duration_ms or time_signature.

export const rawTrackFeatures = z.object({
  id: z.string(),
  href: z.string(),
  acousticness: z.number(),
  danceability: z.number(),
  energy: z.number(),
  instrumentalness: z.number(),
  key: z.number(),
  liveness: z.number(),
  loudness: z.number(),
  mode: z.number(),
  speechiness: z.number(),
  tempo: z.number(),
  valence: z.number(),
});

/** Items are checked one by one (rawTrackFeatures), so one odd item costs only its own track. */
export const rawFeaturesList = z.object({ content: z.array(z.unknown()) });
