import { z } from "zod";
import { audioFeatures } from "@/lib/validations/audio-features";

// Spotify Web API wire format (only the fields we read), validated at the boundary.

const rawImage = z.object({ url: z.string(), height: z.number().nullable().optional(), width: z.number().nullable().optional() });

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
export const rawTopTrackItems = z.object({ items: z.array(rawTrack) });
export const rawArtistSearch = z.object({ artists: z.object({ items: z.array(rawArtist) }) });
export const rawTrackSearch = z.object({ tracks: z.object({ items: z.array(rawTrack) }) });

export const rawAudioFeaturesList = z.object({ audio_features: z.array(audioFeatures.nullable()) });

export const rawError = z.object({
  error: z.object({ status: z.number(), message: z.string().optional(), reason: z.string().optional() }),
});
