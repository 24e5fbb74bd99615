import "server-only";
import { cookies } from "next/headers";
import { encode, type JWT } from "next-auth/jwt";
import { NotSignedInError } from "@/lib/domain/errors";
import { sessionAccessToken } from "@/lib/auth/session-token";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { config } from "@/lib/config";

/**
 * The listener's Spotify token, from (in this order) the `Authorization: Bearer` header, the
 * original API's `token` query parameter, or the signed-in session. Never logged or stored.
 */
export async function listenerToken(req: Request, queryToken: string | undefined): Promise<string> {
  const header = req.headers.get("authorization");
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const token = bearer ?? queryToken ?? (await sessionAccessToken(req, writeSession));
  if (!token) throw new NotSignedInError();
  return token;
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
