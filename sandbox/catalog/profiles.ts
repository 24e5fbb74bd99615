// Each demo listener's profiles on Last.fm and ListenBrainz: the same taste as on Spotify, under
// usernames derived from the listener id ("demo-indie" is "lfm-demo-indie" on Last.fm and
// "lb-demo-indie" on ListenBrainz), plus the profiles that answer with each service's refusals.
import type { CatalogListener, TimeRange } from "./types";

/** A Last.fm profile whose owner hid their listening (error 17). */
export const LASTFM_PRIVATE_USER = "lfm-private";
/** A ListenBrainz user whose statistics are not computed yet (204). */
export const LISTENBRAINZ_NEW_USER = "lb-just-joined";

export const lastfmUserOf = (listener: Pick<CatalogListener, "id">) => `lfm-${listener.id}`;
export const listenbrainzUserOf = (listener: Pick<CatalogListener, "id">) => `lb-${listener.id}`;

/** Last.fm's periods as the listener's Spotify time ranges (the closest in length). */
export const LASTFM_PERIODS: Record<string, TimeRange> = {
  overall: "long_term",
  "12month": "long_term",
  "6month": "medium_term",
  "3month": "medium_term",
  "1month": "short_term",
  "7day": "short_term",
};

/** ListenBrainz's statistics ranges as the listener's Spotify time ranges (the closest in length). */
export const LISTENBRAINZ_RANGES: Record<string, TimeRange> = {
  all_time: "long_term",
  year: "long_term",
  this_year: "long_term",
  half_yearly: "medium_term",
  quarter: "medium_term",
  month: "short_term",
  this_month: "short_term",
  week: "short_term",
  this_week: "short_term",
};

/** The demo listener behind a username (case-insensitive, as both services treat them), if any. */
export function listenerByProfile<L extends Pick<CatalogListener, "id">>(listeners: readonly L[], username: string, of: (l: L) => string): L | undefined {
  const wanted = username.toLowerCase();
  return listeners.find((l) => of(l).toLowerCase() === wanted);
}
