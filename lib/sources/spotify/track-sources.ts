import type { ArtistTracksSource } from "@/lib/domain/ports";
import { spotifyMetadata } from "./metadata";
import type { SpotifySource } from "./spotify-source";

// The fallbacks for an artist's tracks when Spotify refuses artist top tracks (development mode, 2026).

const { sources } = spotifyMetadata;

/** The artist's tracks as Spotify's search finds them. */
export function spotifyTrackSearch(spotify: SpotifySource): ArtistTracksSource {
  return { id: "spotify-search", label: sources["spotify-search"], tracksOf: (req, artist) => spotify.searchTracks(req.spotifyToken, artist) };
}

/** For the listener's own top artists: their tracks among the listener's top tracks (user data, read once per request, never cached). */
export const listenerTopTracks: ArtistTracksSource = {
  id: "your-top-tracks",
  label: sources["your-top-tracks"],
  async tracksOf(req, artist) {
    if (artist.flag !== "top") return [];
    return (await req.topTracks()).filter((t) => t.artistId === artist.id);
  },
};
