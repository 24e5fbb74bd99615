/**
 * The flag a session carries when the listener's Spotify grant could not be refreshed: they must
 * sign in again. Shared by the server (which sets it) and the page (which shows it); next-auth's
 * own name for it.
 */
export const REFRESH_FAILED = "RefreshAccessTokenError";
export type RefreshFailed = typeof REFRESH_FAILED;
