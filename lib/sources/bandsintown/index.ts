import { int, optional, url } from "@/lib/env";
import { defineVendor } from "../vendor";
import { BandsintownSource } from "./bandsintown-source";
import { bandsintownMetadata } from "./metadata";

/** Bandsintown (an app_id, partners only): each artist's concerts. It publishes no limits (README "Why these defaults"). */
export const bandsintown = defineVendor({
  metadata: bandsintownMetadata,
  env: {
    BANDSINTOWN_APP_ID: optional,
    BANDSINTOWN_URL: url("https://rest.bandsintown.com"),
    BANDSINTOWN_CONCURRENCY: int(128, 1, 512),
    BANDSINTOWN_RATE_LIMIT: int(900, 1, 100_000),
  },
  settings: (env) =>
    env.BANDSINTOWN_APP_ID
      ? { url: env.BANDSINTOWN_URL, appId: env.BANDSINTOWN_APP_ID, concurrency: env.BANDSINTOWN_CONCURRENCY, rateLimit: env.BANDSINTOWN_RATE_LIMIT }
      : undefined,
  serve: ({ url, appId, concurrency, rateLimit }, kit) => {
    const source = new BandsintownSource(url, appId, kit.client({ concurrency, rateLimit, windowMs: kit.rateWindowMs }), kit.shared);
    return { artistConcerts: [source], concertLookup: [source] };
  },
});
