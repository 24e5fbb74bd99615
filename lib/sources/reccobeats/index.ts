import { flag, url } from "@/lib/env";
import { defineVendor } from "../vendor";
import { reccobeatsMetadata } from "./metadata";
import { ReccoBeatsSource } from "./reccobeats-source";

/**
 * ReccoBeats (no key): audio features for Spotify track ids. It publishes no limit: 10 a second
 * keeps a listener's features (7–8 calls of 40 ids) within one second, and its 429s are honoured.
 */
export const reccobeats = defineVendor({
  metadata: reccobeatsMetadata,
  env: { RECCOBEATS_ENABLED: flag(true), RECCOBEATS_URL: url("https://api.reccobeats.com/v1") },
  settings: (env) => (env.RECCOBEATS_ENABLED ? { url: env.RECCOBEATS_URL } : undefined),
  serve: ({ url }, kit) => ({
    trackFeatures: [new ReccoBeatsSource(url, kit.client({ concurrency: 8, rateLimit: 10, windowMs: 1000 }), kit.shared)],
  }),
});
