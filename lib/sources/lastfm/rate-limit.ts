import { LASTFM_ERROR } from "./raw-types";

// Last.fm does not say how long to back off after error 29; a second keeps us near its ~5 requests/s.
const RATE_LIMIT_PAUSE_MS = 1000;

/** Last.fm's error 29 in a body of any status, treated as a 429 by the HTTP client. */
export function rateLimitPause(_status: number, body: unknown): number | undefined {
  const code = (body as { error?: unknown } | null)?.error;
  return code === LASTFM_ERROR.rateLimitExceeded ? RATE_LIMIT_PAUSE_MS : undefined;
}
