// Our additions to next-auth's types.
import "next-auth";
import "next-auth/jwt";
import type { RefreshFailed } from "./refresh-failed";
import type { SpotifyGrant } from "./spotify-token";

declare module "next-auth" {
  interface Session {
    /** Set when the Spotify grant could not be refreshed: the listener must sign in again. */
    error?: RefreshFailed;
  }
}

declare module "next-auth/jwt" {
  /** The encrypted session cookie holds the listener's Spotify grant. */
  interface JWT extends SpotifyGrant {}
}
