// How long public data stays fresh: concerts change daily (new shows, sell-outs), the artist
// graph and an artist's tracks change slowly, a track's audio features never do.
const MINUTE = 60_000;
export const TTL = {
  concerts: 30 * MINUTE,
  similarArtists: 24 * 60 * MINUTE,
  artistTracks: 24 * 60 * MINUTE,
  /** A source's answer to "which artist is called X" (Spotify's, matching names from other sources; Deezer's ids). */
  artistSearch: 24 * 60 * MINUTE,
  trackFeatures: 30 * 24 * 60 * MINUTE,
  /** An artist's sound, from their tracks' features: it changes with a new album, at most. */
  artistSound: 7 * 24 * 60 * MINUTE,
} as const;
