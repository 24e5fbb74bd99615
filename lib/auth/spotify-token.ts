// Refreshing the listener's Spotify access token, shared by the next-auth jwt callback
// (which persists the result in the session cookie) and sessionAccessToken() (which
// uses it for the current request). Server-only: the token never reaches browser JS.
import { createHash } from "node:crypto";
import { config } from "@/lib/config";
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

interface TokenResponse {
  access_token?: string;
  expires_in?: number;
  refresh_token?: string;
  error?: string;
  error_description?: string;
}

export class RefreshFailedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = "RefreshFailedError";
  }
}

interface Refreshed {
  accessToken: string;
  accessTokenExpires: number;
  refreshToken: string;
}

// A refresh token can be used by several requests at once (the session read and an API call),
// and the provider may rotate it: requests in this process that refresh at the same moment share
// one refresh. Only while it is in flight: the result lives in the listener's session cookie
// (written back by the jwt callback, or by the API route that refreshed), never on the server.
const inflight = new Map<string, Promise<Refreshed>>();

function keyOf(refreshToken: string): string {
  return createHash("sha256").update(refreshToken).digest("base64url");
}

async function requestRefresh(refreshToken: string): Promise<Refreshed> {
  const c = config();
  const basic = Buffer.from(`${c.SPOTIFY_CLIENT_ID}:${c.SPOTIFY_CLIENT_SECRET}`).toString("base64");
  let res: Response;
  try {
    res = await fetch(`${c.SPOTIFY_ACCOUNTS_URL}/api/token`, {
      method: "POST",
      headers: {
        Authorization: `Basic ${basic}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }),
      signal: AbortSignal.timeout(c.UPSTREAM_TIMEOUT_MS),
      cache: "no-store",
    });
  } catch (e) {
    throw new RefreshFailedError(`Spotify token endpoint unreachable: ${(e as Error).message}`, 0);
  }
  let body: TokenResponse = {};
  try {
    body = (await res.json()) as TokenResponse;
  } catch {
    // not JSON: handled below
  }
  if (!res.ok || !body.access_token) {
    throw new RefreshFailedError(
      `Spotify refused to refresh the token (${res.status} ${body.error ?? ""})`.trim(),
      res.status,
      body.error,
    );
  }
  return {
    accessToken: body.access_token,
    accessTokenExpires: Date.now() + (body.expires_in ?? 3600) * 1000,
    // Spotify may omit the refresh token: keep using the old one then.
    refreshToken: body.refresh_token ?? refreshToken,
  };
}

/** Refresh once per refresh token across concurrent callers; throws RefreshFailedError. */
function refreshGrant(refreshToken: string): Promise<Refreshed> {
  const key = keyOf(refreshToken);
  let p = inflight.get(key);
  if (!p) {
    p = requestRefresh(refreshToken).finally(() => inflight.delete(key));
    inflight.set(key, p);
  }
  return p;
}

/** The grant after a refresh attempt: fresh tokens, or the error flag (tokens dropped). */
export async function refreshedGrant<T extends SpotifyGrant>(grant: T): Promise<T> {
  if (!grant.refreshToken) {
    return { ...grant, accessToken: undefined, error: REFRESH_FAILED };
  }
  try {
    const r = await refreshGrant(grant.refreshToken);
    return { ...grant, ...r, error: undefined };
  } catch (e) {
    if (e instanceof RefreshFailedError && (e.status === 0 || e.status >= 500 || e.status === 429)) {
      // Spotify is having a bad moment: keep the grant, try again next time.
      return grant;
    }
    return { ...grant, accessToken: undefined, refreshToken: undefined, error: REFRESH_FAILED };
  }
}

/** For tests. */
export function _resetRefreshCache(): void {
  inflight.clear();
}
