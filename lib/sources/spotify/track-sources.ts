import type { ListenerArtist, Track } from "@/lib/domain/types";
import type { ArtistTracksSource, ListenerContext } from "@/lib/pipeline/capabilities";
import type { SpotifySource } from "./spotify-source";

// The fallbacks for an artist's tracks when Spotify refuses artist top tracks (development mode, 2026).

const TOP_TRACKS_LIMIT = 50;

/** The artist's tracks as Spotify's search finds them. */
export function spotifyTrackSearch(spotify: SpotifySource): ArtistTracksSource {
  return { name: "spotify-search", tracksOf: (ctx, artist) => spotify.searchTracks(ctx.spotifyToken, artist) };
}

/**
 * For the listener's own top artists: their tracks among the listener's top tracks. User data, so
 * it is read once per request (keyed by the request's context object) and never cached.
 */
export function listenerTopTracks(spotify: SpotifySource): ArtistTracksSource {
  const perRequest = new WeakMap<ListenerContext, Promise<Track[]>>();
  return {
    name: "your-top-tracks",
    async tracksOf(ctx: ListenerContext, artist: ListenerArtist) {
      if (artist.flag !== "top") return [];
      let tracks = perRequest.get(ctx);
      if (!tracks) {
        tracks = spotify.topTracks(ctx.spotifyToken, TOP_TRACKS_LIMIT, ctx.timeRange);
        perRequest.set(ctx, tracks);
      }
      return (await tracks).filter((t) => t.artistId === artist.id);
    },
  };
}
