// ReccoBeats answers as the API sends them (wire format), for the unit and stub tests.

/** One item of GET /v1/audio-features; `id` is ReccoBeats' own, the Spotify id is in `href`. */
export const reccobeatsFeatures = (spotifyId: string, over: Record<string, unknown> = {}) => ({
  id: `5e5b8ea4-${spotifyId.slice(0, 4).toLowerCase()}-4c1a-9d2e-0b7f3c6a1d2e`,
  href: `https://open.spotify.com/track/${spotifyId}`,
  acousticness: 0.0136,
  danceability: 0.679,
  energy: 0.803,
  instrumentalness: 0,
  key: 11,
  liveness: 0.0896,
  loudness: -5.428,
  mode: 1,
  speechiness: 0.0357,
  tempo: 121.962,
  valence: 0.752,
  ...over,
});
