import type { VendorMetadata } from "../metadata";

export const spotifyMetadata = {
  id: "spotify",
  label: "Spotify",
  serves: ["top_artists", "similar_artists", "artist_tracks", "track_features"],
  sources: { "spotify-search": "Spotify search", "your-top-tracks": "your own top tracks" },
} as const satisfies VendorMetadata;
