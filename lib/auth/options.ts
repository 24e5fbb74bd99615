// next-auth (v4) options: Spotify sign-in with PKCE + state, JWT sessions (no database).
// The Spotify tokens live only in the encrypted JWT cookie and are used on the server;
// the session the browser sees carries display name, image and an error flag only.
import "server-only";
import type { NextAuthOptions, Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import SpotifyProvider from "next-auth/providers/spotify";
import { config } from "@/lib/config";
import { authLogger } from "./logger";
import { REFRESH_FAILED } from "./refresh-failed";
import { needsRefresh, refreshedGrant } from "./spotify-token";

/** How long a sign-in lasts without use (next-auth's default, written out: API routes write the cookie too). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The only scope we ask for: the listener's top artists and tracks. */
const SPOTIFY_SCOPE = "user-top-read";

interface SpotifyProfile {
  id: string;
  display_name?: string | null;
  images?: { url: string }[];
}

/** Keep only what the session needs: display fields and the Spotify grant. */
function slim(token: JWT): JWT {
  const { name, picture, accessToken, accessTokenExpires, refreshToken, error, iat, exp, jti } = token;
  const out: JWT = { name, picture, accessToken, accessTokenExpires, refreshToken };
  if (error) out.error = error;
  if (iat !== undefined) out.iat = iat;
  if (exp !== undefined) out.exp = exp;
  if (jti !== undefined) out.jti = jti;
  return out;
}

/** Where a sign-in or sign-out may return to: a path here, or a URL on this site; null otherwise. */
function sameSiteUrl(url: unknown, baseUrl: string): string | null {
  if (typeof url !== "string") return null;
  if (url.startsWith("/")) return `${baseUrl}${url}`;
  try {
    return new URL(url).origin === baseUrl ? url : null;
  } catch {
    return null;
  }
}

export function authOptions(): NextAuthOptions {
  const c = config();
  // next-auth reads NEXTAUTH_URL from the environment itself and would fall back to localhost, which
  // Spotify refuses as a redirect URI: give it our documented default.
  process.env.NEXTAUTH_URL ??= c.NEXTAUTH_URL;
  return {
    secret: c.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    providers: [
      SpotifyProvider({
        clientId: c.SPOTIFY_CLIENT_ID,
        clientSecret: c.SPOTIFY_CLIENT_SECRET,
        checks: ["pkce", "state"],
        authorization: {
          url: `${c.SPOTIFY_ACCOUNTS_URL}/authorize`,
          params: { scope: SPOTIFY_SCOPE },
        },
        token: `${c.SPOTIFY_ACCOUNTS_URL}/api/token`,
        userinfo: `${c.SPOTIFY_API_URL}/me`,
        profile(profile: SpotifyProfile) {
          // next-auth needs an id during sign-in; it is not kept in the JWT (see slim()).
          return {
            id: profile.id,
            name: profile.display_name ?? "Spotify listener",
            email: null,
            image: profile.images?.[0]?.url ?? null,
          };
        },
      }),
    ],
    pages: { signIn: "/", error: "/" },
    logger: authLogger,
    callbacks: {
      // next-auth's own throws on a callback URL that is neither a path nor a URL ("x"): home instead.
      async redirect({ url, baseUrl }) {
        return sameSiteUrl(url, baseUrl) ?? baseUrl;
      },
      async jwt({ token, account }) {
        if (account) {
          // First sign-in: keep the grant from the token exchange.
          return slim({
            ...token,
            accessToken: account.access_token,
            accessTokenExpires:
              typeof account.expires_at === "number" ? account.expires_at * 1000 : Date.now() + 3600 * 1000,
            refreshToken: account.refresh_token,
            error: undefined,
          });
        }
        if (token.error === REFRESH_FAILED) return slim(token);
        if (!needsRefresh(token)) return slim(token);
        return slim(await refreshedGrant(token));
      },
      async session({ session, token }) {
        // Never the tokens: the browser gets display fields and the error flag only.
        const out: Session = {
          expires: session.expires,
          user: { name: token.name ?? null, image: token.picture ?? null },
        };
        if (token.error) out.error = token.error;
        return out;
      },
    },
  };
}
