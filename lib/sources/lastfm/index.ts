import { optional, url } from "@/lib/env";
import { defineVendor } from "../vendor";
import { LastfmProfile } from "./lastfm-profile";
import { LastfmSource } from "./lastfm-source";
import { lastfmMetadata } from "./metadata";

/**
 * Last.fm (a free key): similar artists by name, tried first when Spotify refuses related artists,
 * and a listener's top artists (their taste without a Spotify session). About 5 requests a second.
 */
export const lastfm = defineVendor({
  metadata: lastfmMetadata,
  env: { LASTFM_API_KEY: optional, LASTFM_URL: url("https://ws.audioscrobbler.com/2.0/") },
  settings: (env) => (env.LASTFM_API_KEY ? { url: env.LASTFM_URL, apiKey: env.LASTFM_API_KEY } : undefined),
  serve: ({ url, apiKey }, kit) => {
    const client = kit.client({ concurrency: 5, rateLimit: 5, windowMs: 1000 });
    return { similarNames: [new LastfmSource(url, apiKey, client, kit.shared)], profiles: [new LastfmProfile(url, apiKey, client)] };
  },
});
