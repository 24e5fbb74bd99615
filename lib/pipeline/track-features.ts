import type { AudioFeatures, ListenerArtist, Track } from "@/lib/domain/types";
import type { ListenerContext } from "@/lib/domain/ports";
import { findListenerArtists, type ArtistSetRequest } from "./listener-artists";
import { artistSounds, startTracks } from "./artist-sounds";
import type { Deadline } from "./deadline";
import { startRequest, warningsOf, type Pipeline } from "./pipeline";

export interface TrackWithFeatures {
  artist: ListenerArtist;
  track: Track;
  features: AudioFeatures;
}

/** The listener's artists (top, then similar) and the audio features of their tracks. */
export async function getTrackFeatures(pipeline: Pipeline, ctx: ListenerContext, req: ArtistSetRequest, deadline?: Deadline) {
  const state = startRequest(pipeline, ctx, req.taste, deadline);
  const tracks = new Map<string, Promise<Track[]>>();
  const artists = await findListenerArtists(pipeline, state, req, {
    onArtist: (artist) => tracks.set(artist.id, startTracks(pipeline, state, artist)),
  });
  const sounds = await artistSounds(pipeline, state, artists, tracks);
  const rows: TrackWithFeatures[] = artists.flatMap((artist) => sounds.get(artist.id)!.heard.map(({ track, features }) => ({ artist, track, features })));
  return { rows, warnings: warningsOf(state), sources: state.warnings.sources() };
}
