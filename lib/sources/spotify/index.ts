import { int, url } from "@/lib/env";
import { defineVendor } from "../vendor";
import { spotifyMetadata } from "./metadata";
import { SpotifySource } from "./spotify-source";
import { listenerTopTracks, spotifyTrackSearch } from "./track-sources";

/**
 * Spotify: the listener's taste, and (with extended access) similar artists, artists' top tracks
 * and audio features; its search matches other sources' names and finds tracks when top tracks
 * are refused. Budget: Spotify publishes no numbers and counts per app over a rolling 30 s
 * (README "Why these defaults").
 */
export const spotify = defineVendor({
  metadata: spotifyMetadata,
  env: {
    SPOTIFY_API_URL: url("https://api.spotify.com/v1"),
    SPOTIFY_CONCURRENCY: int(128, 1, 512),
    SPOTIFY_RATE_LIMIT: int(1500, 1, 100_000),
  },
  settings: (env) => ({ apiUrl: env.SPOTIFY_API_URL, concurrency: env.SPOTIFY_CONCURRENCY, rateLimit: env.SPOTIFY_RATE_LIMIT }),
  serve: ({ apiUrl, concurrency, rateLimit }, kit) => {
    const source = new SpotifySource(apiUrl, kit.client({ concurrency, rateLimit, windowMs: kit.rateWindowMs }), kit.shared);
    return {
      taste: source,
      artistSearch: source,
      similarArtists: [source],
      artistTracks: [source, spotifyTrackSearch(source), listenerTopTracks],
      trackFeatures: [source],
    };
  },
});
