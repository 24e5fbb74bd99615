import { z } from "zod";

// Spotify Web API wire format (only the fields we read), validated at the boundary.

export const rawImage = z.object({ url: z.string(), height: z.number().nullable().optional(), width: z.number().nullable().optional() });

export const rawArtist = z.object({
  id: z.string(),
  name: z.string(),
  genres: z.array(z.string()).optional(), // deprecated in the 2026 spec; may be missing
  images: z.array(rawImage).optional(),
});

export const rawTopArtists = z.object({ items: z.array(rawArtist) });
export const rawRelatedArtists = z.object({ artists: z.array(rawArtist) });

export const rawTrack = z.object({
  id: z.string(),
  name: z.string(),
  uri: z.string(),
  artists: z.array(z.object({ id: z.string().nullable().optional(), name: z.string() })),
});
export const rawTopTracks = z.object({ tracks: z.array(rawTrack) });

export const rawAudioFeatures = z.object({
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
  duration_ms: z.number(),
  time_signature: z.number(),
});
export const rawAudioFeaturesList = z.object({ audio_features: z.array(rawAudioFeatures.nullable()) });

export const rawError = z.object({
  error: z.object({ status: z.number(), message: z.string().optional(), reason: z.string().optional() }),
});
