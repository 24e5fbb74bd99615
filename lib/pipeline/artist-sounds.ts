import type { AudioFeatures, ListenerArtist, SoundProfile, Track } from "@/lib/domain/types";
import { NotSignedInError } from "@/lib/errors";
import { artistProfile } from "@/lib/cluster/feature-vectors";
import type { Capabilities, ListenerContext } from "./capabilities";
import type { Warnings } from "./warnings";

export interface ArtistSound {
  tracks: Track[];
  /** Features of the tracks that have them. */
  features: AudioFeatures[];
  /** Mean features; null when no track had features. */
  profile: SoundProfile | null;
}

/**
 * Start fetching an artist's tracks; failures become warnings. Only a rejected token rejects, and
 * that surfaces where the tracks are awaited (the promise is marked handled meanwhile).
 */
export function startTracks(caps: Capabilities, ctx: ListenerContext, artist: ListenerArtist, warnings: Warnings): Promise<Track[]> {
  const tracks = caps.artistTracks.tracksOf(ctx.spotifyToken, artist).catch((error: unknown) => {
    if (error instanceof NotSignedInError) throw error;
    warnings.addFailure("tracks_unavailable", caps.artistTracks.name, error, artist.name);
    return [];
  });
  tracks.catch(() => undefined);
  return tracks;
}

/** Audio features for every artist's tracks (batched), folded into one sound per artist. */
export async function artistSounds(
  caps: Capabilities,
  ctx: ListenerContext,
  artists: ListenerArtist[],
  tracks: Map<string, Promise<Track[]>>,
  warnings: Warnings,
): Promise<Map<string, ArtistSound>> {
  const trackLists = await Promise.all(artists.map((a) => tracks.get(a.id) ?? Promise.resolve([])));
  const allIds = trackLists.flat().map((t) => t.id);
  const { values, errors } = allIds.length
    ? await caps.trackFeatures.featuresOf(ctx.spotifyToken, allIds)
    : { values: new Map<string, AudioFeatures | null>(), errors: [] };
  if (errors.some((e) => e instanceof NotSignedInError)) throw errors.find((e) => e instanceof NotSignedInError);
  for (const error of errors) warnings.addFailure("audio_features_unavailable", caps.trackFeatures.name, error);

  const sounds = new Map<string, ArtistSound>();
  artists.forEach((artist, i) => {
    const artistTracks = trackLists[i]!;
    const features = artistTracks.map((t) => values.get(t.id)).filter((f): f is AudioFeatures => !!f);
    sounds.set(artist.id, { tracks: artistTracks, features, profile: features.length ? artistProfile(features) : null });
  });
  return sounds;
}
