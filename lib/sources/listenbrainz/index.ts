import { flag, url } from "@/lib/env";
import { defineVendor } from "../vendor";
import { ListenbrainzProfile } from "./listenbrainz-profile";
import { listenbrainzMetadata } from "./metadata";

/**
 * ListenBrainz (no key): a listener's top artists from its public statistics, their taste without
 * a Spotify session. It announces its limits per answer; a few requests a second stay well within them.
 */
export const listenbrainz = defineVendor({
  metadata: listenbrainzMetadata,
  env: { LISTENBRAINZ_ENABLED: flag(true), LISTENBRAINZ_URL: url("https://api.listenbrainz.org") },
  settings: (env) => (env.LISTENBRAINZ_ENABLED ? { url: env.LISTENBRAINZ_URL } : undefined),
  serve: ({ url }, kit) => ({ profiles: [new ListenbrainzProfile(url, kit.client({ concurrency: 4, rateLimit: 5, windowMs: 1000 }))] }),
});
