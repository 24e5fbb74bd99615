import { flag, url } from "@/lib/env";
import { defineVendor } from "../vendor";
import { DeezerSource } from "./deezer-source";
import { deezerMetadata } from "./metadata";

/** Deezer (no key): similar artists by name. It counts 50 requests per 5 seconds. */
export const deezer = defineVendor({
  metadata: deezerMetadata,
  env: { DEEZER_ENABLED: flag(true), DEEZER_URL: url("https://api.deezer.com") },
  settings: (env) => (env.DEEZER_ENABLED ? { url: env.DEEZER_URL } : undefined),
  serve: ({ url }, kit) => ({
    similarNames: [new DeezerSource(url, kit.client({ concurrency: 10, rateLimit: 50, windowMs: 5000 }), kit.shared)],
  }),
});
