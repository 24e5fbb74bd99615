import { config } from "@/lib/config";
import { MemoryCache } from "@/lib/cache/memory-cache";
import { SharedLoader } from "@/lib/http/shared-load";
import { UpstreamClient } from "@/lib/http/upstream-client";
import { SpotifySource } from "@/lib/sources/spotify/spotify-source";
import { BandsintownSource } from "@/lib/sources/bandsintown/bandsintown-source";
import type { Capabilities } from "./capabilities";

export interface CapabilitySettings {
  spotifyApiUrl: string;
  bandsintownUrl: string;
  bandsintownAppId: string;
  spotify: { concurrency: number; rateLimit: number };
  bandsintown: { concurrency: number; rateLimit: number };
  rateWindowMs: number;
  timeoutMs: number;
  retries: number;
  cacheMaxEntries: number;
}

/** Wire the sources to the capabilities, sharing one public cache and one gate per upstream. */
export function createCapabilities(s: CapabilitySettings): Capabilities {
  const shared = new SharedLoader(new MemoryCache(s.cacheMaxEntries));
  const common = { timeoutMs: s.timeoutMs, retries: s.retries, windowMs: s.rateWindowMs };
  const spotify = new SpotifySource(s.spotifyApiUrl, new UpstreamClient({ name: "spotify", ...s.spotify, ...common }), shared);
  const bandsintown = new BandsintownSource(
    s.bandsintownUrl,
    s.bandsintownAppId,
    new UpstreamClient({ name: "bandsintown", ...s.bandsintown, ...common }),
    shared,
  );
  return { taste: spotify, similarArtists: spotify, artistTracks: spotify, trackFeatures: spotify, events: bandsintown };
}

let instance: Capabilities | undefined;

/** The process-wide capabilities from configuration (one cache and one gate per upstream for all listeners). */
export function defaultCapabilities(): Capabilities {
  if (!instance) {
    const c = config();
    instance = createCapabilities({
      spotifyApiUrl: c.SPOTIFY_API_URL,
      bandsintownUrl: c.BANDSINTOWN_URL,
      bandsintownAppId: c.BANDSINTOWN_APP_ID,
      spotify: { concurrency: c.SPOTIFY_CONCURRENCY, rateLimit: c.SPOTIFY_RATE_LIMIT },
      bandsintown: { concurrency: c.BANDSINTOWN_CONCURRENCY, rateLimit: c.BANDSINTOWN_RATE_LIMIT },
      rateWindowMs: c.UPSTREAM_RATE_WINDOW_SECONDS * 1000,
      timeoutMs: c.UPSTREAM_TIMEOUT_MS,
      retries: c.UPSTREAM_RETRIES,
      cacheMaxEntries: c.CACHE_MAX_ENTRIES,
    });
  }
  return instance;
}
