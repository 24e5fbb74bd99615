import type { AudioFeatures, ListenerArtist, Track } from "@/lib/domain/types";
import type { Capabilities, ListenerContext } from "./capabilities";
import { findListenerArtists, type ArtistSetRequest } from "./listener-artists";
import { artistSounds, startTracks } from "./artist-sounds";
import { Warnings } from "./warnings";

export interface TrackWithFeatures {
  artist: ListenerArtist;
  track: Track;
  features: AudioFeatures;
}

/** The listener's artists (top, then related) and the audio features of their tracks. */
export async function getTrackFeatures(caps: Capabilities, ctx: ListenerContext, req: ArtistSetRequest) {
  const warnings = new Warnings();
  const tracks = new Map<string, Promise<Track[]>>();
  const artists = await findListenerArtists(caps, ctx, req, warnings, {
    onArtist: (artist) => tracks.set(artist.id, startTracks(caps, ctx, artist, warnings)),
  });
  const sounds = await artistSounds(caps, ctx, artists, tracks, warnings);
  const rows: TrackWithFeatures[] = artists.flatMap((artist) => sounds.get(artist.id)!.heard.map(({ track, features }) => ({ artist, track, features })));
  return { rows, warnings: warnings.list(), sources: warnings.sources() };
}
