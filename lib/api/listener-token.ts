import "server-only";
import { cookies } from "next/headers";
import { encode, type JWT } from "next-auth/jwt";
import { z } from "zod";
import { NotSignedInError } from "@/lib/domain/errors";
import type { TasteChoice } from "@/lib/domain/taste";
import { spotifyAppToken } from "@/lib/auth/spotify-app-token";
import { readTaste } from "@/lib/auth/taste-cookie";
import { hasSession, sessionAccessToken } from "@/lib/auth/session-token";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { config } from "@/lib/config";

/** Who a request is for: a Spotify token, and without a Spotify session the taste the listener chose. */
export interface Listener {
  /** The listener's own token; with `taste`, the app's own token (client-credentials grant). */
  spotifyToken: string;
  taste?: TasteChoice;
}

/**
 * The listener, from (in this order) a Spotify token in the `Authorization: Bearer` header or the
 * original API's `token` query parameter; the taste the listener chose without Spotify (their cookie),
 * read with the app's own token; or the signed-in session. Never logged or stored.
 */
export async function listenerOf(req: Request, queryToken: string | undefined): Promise<Listener> {
  const given = bearerToken(req) ?? queryToken;
  if (given !== undefined) return { spotifyToken: wellFormed(given) };
  const taste = await readTaste(req);
  if (taste) return { spotifyToken: await spotifyAppToken(), taste };
  const token = await sessionAccessToken(req, writeSession);
  if (!token) throw new NotSignedInError();
  return { spotifyToken: token };
}

/** Whether the request carries a token, a taste or a session to try, without refreshing a session or asking anyone (for HEAD). */
export async function checkListenerToken(req: Request, queryToken: string | undefined): Promise<void> {
  const given = bearerToken(req) ?? queryToken;
  if (given !== undefined) wellFormed(given);
  else if (!(await readTaste(req)) && !(await hasSession(req))) throw new NotSignedInError();
}

function bearerToken(req: Request): string | undefined {
  return req.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

// An OAuth bearer token's characters (RFC 6750 b64token), at a generous length. Anything else, a
// control character above all, could never be a Spotify token and cannot even go into a header.
const TOKEN = z.string().max(2048).regex(/^[A-Za-z0-9\-._~+/]+=*$/);

function wellFormed(token: string): string {
  if (TOKEN.safeParse(token).success) return token;
  throw new NotSignedInError(
    "The Spotify access token is malformed: a token is at most 2048 letters, digits and - . _ ~ + / (then =). Sign in with Spotify again.",
  );
}

/**
 * A session refreshed for this request goes back into the listener's cookie with the answer, the
 * way next-auth writes it, so the next request (or session read) does not spend the old,
 * possibly rotated, refresh token again. The server keeps nothing.
 */
async function writeSession(session: JWT): Promise<void> {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = config();
  const secure = NEXTAUTH_URL.startsWith("https://");
  const value = await encode({ token: session, secret: NEXTAUTH_SECRET, maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(`${secure ? "__Secure-" : ""}next-auth.session-token`, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
