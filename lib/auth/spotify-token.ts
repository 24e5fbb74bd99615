// Refreshing the listener's Spotify access token, shared by the next-auth jwt callback
// (which persists the result in the session cookie) and sessionAccessToken() (which
// uses it for the current request). Server-only: the token never reaches browser JS.
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { config } from "@/lib/config";
import { UpstreamFailure } from "@/lib/domain/errors";
import { InFlight } from "@/lib/http/in-flight";
import { UpstreamClient } from "@/lib/http/upstream-client";
import { refreshOnce } from "@/lib/redis/refresh-lock";
import { budgets, sharedStore } from "@/lib/server/shared-redis";
import { REFRESH_FAILED, type RefreshFailed } from "./refresh-failed";

/** What we keep about the listener's Spotify grant inside the encrypted JWT. */
export interface SpotifyGrant {
  accessToken?: string;
  /** When the access token expires, ms since epoch. */
  accessTokenExpires?: number;
  refreshToken?: string;
  error?: RefreshFailed;
}

/** Refresh this long before the access token actually expires. */
const REFRESH_MARGIN_MS = 60_000;

export function needsRefresh(grant: SpotifyGrant, now = Date.now()): boolean {
  if (!grant.accessToken) return true;
  if (typeof grant.accessTokenExpires !== "number") return false;
  return now >= grant.accessTokenExpires - REFRESH_MARGIN_MS;
}

interface Refreshed {
  accessToken: string;
  accessTokenExpires: number;
  refreshToken: string;
}

/** Spotify's answer to a refresh: a new access token (and perhaps a new refresh token), or its OAuth error. */
const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().optional(), refresh_token: z.string().optional() });

// A refresh token can be used by several requests at once (the session read and an API call),
// and the provider may rotate it: requests in this process that refresh at the same moment share
// one refresh. Only while it is in flight: the result lives in the listener's session cookie
// (written back by the jwt callback, or by the API route that refreshed), never on the server.
// With several instances on one Redis, one instance refreshes while the others wait for its result
// (lib/redis/refresh-lock.ts: a lock, and a hand-off sealed with the old refresh token for seconds).
const inFlight = new InFlight<Refreshed | null>();

let accounts: UpstreamClient | undefined;

/** Spotify's accounts service, within a modest budget; a refresh is not retried (a rotated token cannot be spent twice). */
export function accountsClient(): UpstreamClient {
  accounts ??= new UpstreamClient({
    name: "spotify-accounts",
    label: "Spotify accounts",
    concurrency: 16,
    rateLimit: 300,
    windowMs: 30_000,
    timeoutMs: config().UPSTREAM_TIMEOUT_MS,
    retries: 0,
    budgets: budgets(),
  });
  return accounts;
}

/** Fresh tokens, or null when Spotify refuses the refresh (invalid_grant: sign in again). Throws UpstreamFailure when Spotify cannot be asked now. */
async function requestRefresh(refreshToken: string): Promise<Refreshed | null> {
  const c = config();
  const basic = Buffer.from(`${c.SPOTIFY_CLIENT_ID}:${c.SPOTIFY_CLIENT_SECRET}`).toString("base64");
  const res = await accountsClient().request(`${c.SPOTIFY_ACCOUNTS_URL}/api/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${basic}` },
    form: { grant_type: "refresh_token", refresh_token: refreshToken },
  });
  const fresh = res.status >= 200 && res.status < 300 ? tokenAnswer.safeParse(res.body).data : undefined;
  if (!fresh) return null;
  return {
    accessToken: fresh.access_token,
    accessTokenExpires: Date.now() + (fresh.expires_in ?? 3600) * 1000,
    // Spotify may omit the refresh token: keep using the old one then.
    refreshToken: fresh.refresh_token ?? refreshToken,
  };
}

/** Refresh once per refresh token across concurrent callers (keyed by its hash, so the token itself is not a key). */
function refreshGrant(refreshToken: string): Promise<Refreshed | null> {
  const store = sharedStore();
  const refresh = () => requestRefresh(refreshToken);
  return inFlight.run(createHash("sha256").update(refreshToken).digest("base64url"), () =>
    store ? refreshOnce(store, config().NEXTAUTH_SECRET, refreshToken, refresh) : refresh(),
  );
}

/** The grant after a refresh attempt: fresh tokens, or the error flag (tokens dropped). */
export async function refreshedGrant<T extends SpotifyGrant>(grant: T): Promise<T> {
  if (!grant.refreshToken) {
    return { ...grant, accessToken: undefined, error: REFRESH_FAILED };
  }
  let fresh: Refreshed | null;
  try {
    fresh = await refreshGrant(grant.refreshToken);
  } catch (e) {
    if (e instanceof UpstreamFailure) return grant; // Spotify is having a bad moment: keep the grant, try again next time.
    throw e;
  }
  return fresh ? { ...grant, ...fresh, error: undefined } : { ...grant, accessToken: undefined, refreshToken: undefined, error: REFRESH_FAILED };
}

/** For tests. */
export function _resetRefreshCache(): void {
  inFlight.clear();
}
