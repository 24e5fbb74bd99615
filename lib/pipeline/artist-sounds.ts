import type { AudioFeatures, ListenerArtist, SoundProfile, Track } from "@/lib/domain/types";
import { NotSignedInError } from "@/lib/errors";
import { meanProfile } from "@/lib/cluster/feature-vectors";
import type { Capabilities, ListenerContext } from "./capabilities";
import { firstServing, isRefusal, refusedLately } from "./source-chain";
import type { Warnings } from "./warnings";

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
export function startTracks(caps: Capabilities, ctx: ListenerContext, artist: ListenerArtist, warnings: Warnings): Promise<Track[]> {
  const tracks = firstServing(caps.artistTracks, {
    capability: "artist_tracks",
    restrictions: caps.restrictions,
    warnings,
    subject: artist.name,
    call: (source) => source.tracksOf(ctx, artist),
  });
  tracks.catch(() => undefined);
  return tracks;
}

/**
 * Features for these tracks: each source in turn is asked for the tracks still without features.
 * A source that refuses our app is remembered and skipped; a failure is returned when tracks stay
 * without features, for the caller to name the artists it cost.
 */
async function featuresOf(
  caps: Capabilities,
  ctx: ListenerContext,
  trackIds: string[],
  warnings: Warnings,
): Promise<{ found: Map<string, AudioFeatures>; failed?: { source: string; error: unknown } }> {
  const found = new Map<string, AudioFeatures>();
  let missing = [...new Set(trackIds)];
  let failed: { source: string; error: unknown } | undefined;
  for (const source of caps.trackFeatures) {
    if (missing.length === 0) break;
    if (refusedLately(caps.restrictions, source.name, "track_features", warnings)) continue;
    const { values, errors } = await source.featuresOf(ctx, missing);
    const signedOut = errors.find((e) => e instanceof NotSignedInError);
    if (signedOut) throw signedOut;
    for (const error of errors) {
      if (!isRefusal(caps.restrictions, source.name, "track_features", error, warnings)) failed ??= { source: source.name, error };
    }
    let served = false;
    for (const [id, features] of values) {
      if (features) {
        found.set(id, features);
        served = true;
      }
    }
    if (served) warnings.served("track_features", source.name);
    missing = missing.filter((id) => !found.has(id));
  }
  return { found, failed: missing.length ? failed : undefined };
}

/** Audio features for every artist's tracks (batched, from the first source that has them), folded into one sound per artist. */
export async function artistSounds(
  caps: Capabilities,
  ctx: ListenerContext,
  artists: ListenerArtist[],
  tracks: Map<string, Promise<Track[]>>,
  warnings: Warnings,
): Promise<Map<string, ArtistSound>> {
  const trackLists = await Promise.all(artists.map((a) => tracks.get(a.id) ?? Promise.resolve([])));
  const allIds = trackLists.flat().map((t) => t.id);
  const { found: values, failed } = allIds.length ? await featuresOf(caps, ctx, allIds, warnings) : { found: new Map<string, AudioFeatures>() };

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
    warnings.addFailure("track_features", failed.source, failed.error, ...unheard.map((a) => a.name));
  }
  return sounds;
}
