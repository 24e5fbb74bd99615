// Our additions to next-auth's types.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** Set when the Spotify grant could not be refreshed: the listener must sign in again. */
    error?: "RefreshAccessTokenError";
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    accessToken?: string;
    accessTokenExpires?: number;
    refreshToken?: string;
    error?: "RefreshAccessTokenError";
  }
}
