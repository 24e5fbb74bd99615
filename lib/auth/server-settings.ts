// Settings the pages pass to client components. Read on the server only.
import "server-only";
import { config } from "@/lib/config";
import { ConfigError } from "@/lib/domain/errors";
import { sourceLabels } from "@/lib/sources/registry";

export interface PublicSettings {
  /** True when the server runs on the sandbox's demo data. */
  demo: boolean;
  /** Base URL of the Spotify embed player (artist preview). */
  embedBaseUrl: string;
  /** The sources' names for people, by id (answers name sources by id). */
  sourceLabels: Record<string, string>;
  /** Which listening profiles can stand in for a Spotify session (Last.fm needs a key). */
  profiles: { lastfm: boolean; listenbrainz: boolean };
  /** Whether calendar feeds (Subscribe) are set up (CALENDAR_FEED_SECRET). */
  feeds: boolean;
}

/** The settings, or the configuration problems when the server is not set up. */
export function publicSettings(): { ok: true; settings: PublicSettings } | { ok: false; problems: string[] } {
  try {
    const c = config();
    return {
      ok: true,
      settings: {
        demo: c.GIGSCOVERY_DEMO,
        embedBaseUrl: c.SPOTIFY_EMBED_URL.replace(/\/+$/, ""),
        sourceLabels: sourceLabels(),
        profiles: { lastfm: !!c.LASTFM_API_KEY, listenbrainz: c.LISTENBRAINZ_ENABLED },
        feeds: !!c.CALENDAR_FEED_SECRET,
      },
    };
  } catch (e) {
    if (e instanceof ConfigError) return { ok: false, problems: e.problems };
    throw e;
  }
}
