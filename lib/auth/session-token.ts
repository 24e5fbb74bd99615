// The API's way to the listener's Spotify access token: read from the encrypted
// next-auth session cookie on the server, refreshed when it is expired or about to be.
import "server-only";
import { getToken, type JWT } from "next-auth/jwt";
import { config } from "@/lib/config";
import { REFRESH_FAILED } from "./refresh-failed";
import { needsRefresh, refreshedGrant } from "./spotify-token";

/** Cookie header → { name: value } (values stay URL-encoded the way next-auth wrote them). */
export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (name) out[name] = part.slice(i + 1).trim();
  }
  return out;
}

/** The session's JWT payload, or null when there is no (valid) session cookie. */
async function readSessionJwt(req: Request): Promise<JWT | null> {
  const c = config();
  const cookies = parseCookies(req.headers.get("cookie"));
  // Only the session cookie counts here; an Authorization header (a raw Spotify token
  // from an API client) is the API route's business, not a session.
  const token = await getToken({
    req: { headers: new Headers(), cookies } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: c.NEXTAUTH_SECRET,
    secureCookie: c.NEXTAUTH_URL.startsWith("https://"),
    logger: { error: () => {}, warn: () => {}, debug: () => {} },
  });
  return token;
}

/** Whether the request carries a session with a Spotify grant (read locally: nothing is refreshed). */
export async function hasSession(req: Request): Promise<boolean> {
  const token = await readSessionJwt(req);
  return !!token && token.error !== REFRESH_FAILED && !!(token.accessToken || token.refreshToken);
}

/**
 * The listener's Spotify access token for this request, or null when there is no session
 * or the token could not be refreshed. After a refresh, `onRefreshed` gets the new session
 * to write back to the cookie (the refresh token may have been rotated: the old one is spent).
 */
export async function sessionAccessToken(req: Request, onRefreshed?: (session: JWT) => Promise<void>): Promise<string | null> {
  const token = await readSessionJwt(req);
  if (!token || token.error === REFRESH_FAILED) return null;
  if (!needsRefresh(token)) return token.accessToken ?? null;
  const fresh = await refreshedGrant(token);
  if (fresh !== token) await onRefreshed?.(fresh);
  if (fresh.error || !fresh.accessToken) return null;
  if (typeof fresh.accessTokenExpires === "number" && fresh.accessTokenExpires <= Date.now()) {
    return null; // refresh could not be done and the old token has expired
  }
  return fresh.accessToken;
}
