import type { z } from "zod";
import type { AudioFeatures } from "@/lib/domain/types";
import type { rawTrackFeatures } from "./raw-types";

/** ReccoBeats' features as Spotify's audio-features object for that Spotify track (no duration or time signature). */
export function reshapeFeatures(spotifyId: string, raw: z.infer<typeof rawTrackFeatures>): AudioFeatures {
  return {
    danceability: raw.danceability,
    energy: raw.energy,
    key: raw.key,
    loudness: raw.loudness,
    mode: raw.mode,
    speechiness: raw.speechiness,
    acousticness: raw.acousticness,
    instrumentalness: raw.instrumentalness,
    liveness: raw.liveness,
    valence: raw.valence,
    tempo: raw.tempo,
    type: "audio_features",
    id: spotifyId,
    uri: `spotify:track:${spotifyId}`,
    track_href: `https://api.spotify.com/v1/tracks/${spotifyId}`,
    analysis_url: `https://api.spotify.com/v1/audio-analysis/${spotifyId}`,
    duration_ms: null,
    time_signature: null,
  };
}
