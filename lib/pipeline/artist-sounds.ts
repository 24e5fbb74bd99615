import type { AudioFeatures, ListenerArtist, SoundProfile, Track } from "@/lib/domain/types";
import { meanProfile } from "@/lib/cluster/feature-vectors";
import { fillMissing, firstServing } from "./chain";
import type { Pipeline, RequestState } from "./pipeline";

export interface ArtistSound {
  tracks: Track[];
  /** The tracks that have features, with them. */
  heard: { track: Track; features: AudioFeatures }[];
  /** Mean features; null when no track had features. */
  profile: SoundProfile | null;
}

/**
 * Start fetching an artist's tracks from the first source that has them; failures become warnings.
 * Only a rejected token rejects, and that surfaces where the tracks are awaited (the promise is
 * marked handled meanwhile).
 */
export function startTracks(pipeline: Pipeline, state: RequestState, artist: ListenerArtist): Promise<Track[]> {
  const tracks = firstServing(pipeline.artistTracks, "artist_tracks", state, artist.name, (source) => source.tracksOf(state.listener, artist));
  tracks.catch(() => undefined);
  return tracks;
}

/**
 * Audio features for every artist's tracks (batched, each source asked for what the others lacked),
 * folded into one sound per artist; from the first `tracksPerArtist` of each artist's tracks when given.
 */
export async function artistSounds(
  pipeline: Pipeline,
  state: RequestState,
  artists: ListenerArtist[],
  tracks: Map<string, Promise<Track[]>>,
  tracksPerArtist = Infinity,
): Promise<Map<string, ArtistSound>> {
  const { deadline } = state;
  const trackLists = await Promise.all(
    artists.map((a) => deadline.within(tracks.get(a.id) ?? Promise.resolve([]), "tracks", [a.name], () => []).then((list) => list.slice(0, tracksPerArtist))),
  );
  const allIds = trackLists.flat().map((t) => t.id);
  const heardBy = artists.filter((_, i) => trackLists[i]!.length > 0).map((a) => a.name);
  const none = { found: new Map<string, AudioFeatures>(), failed: undefined };
  const { found: values, failed } = allIds.length
    ? await deadline.within(
        fillMissing(pipeline.trackFeatures, "track_features", state, allIds, (source, missing) => source.featuresOf(state.listener, missing)),
        "audio features",
        heardBy,
        () => none,
      )
    : none;

  const sounds = new Map<string, ArtistSound>();
  artists.forEach((artist, i) => {
    const artistTracks = trackLists[i]!;
    const heard = artistTracks.flatMap((track) => {
      const features = values.get(track.id);
      return features ? [{ track, features }] : [];
    });
    sounds.set(artist.id, { tracks: artistTracks, heard, profile: heard.length ? meanProfile(heard.map((h) => h.features)) : null });
  });
  if (failed) {
    const unheard = artists.filter((a) => {
      const { heard, tracks } = sounds.get(a.id)!;
      return heard.length < tracks.length;
    });
    state.warnings.addFailure("track_features", failed.culprit, failed.error, ...unheard.map((a) => a.name));
  }
  return sounds;
}
