import type { AreaSearch, ListenerArtist, Track } from "@/lib/domain/types";
import type { PipelineStage } from "@/lib/domain/capabilities";
import type { ListenerContext } from "@/lib/domain/ports";
import { UpstreamUnavailableError } from "@/lib/domain/errors";
import { findListenerArtists, type ArtistSetRequest } from "./listener-artists";
import { artistSounds, startTracks } from "./artist-sounds";
import { formMixes, type Mix } from "./mixes";
import { nearbyConcerts, searchArea, type ArtistConcerts } from "./concerts";
import { startRequest, type Pipeline } from "./pipeline";
import type { Warnings } from "./warnings";

export interface BinsRequest extends ArtistSetRequest, AreaSearch {}

export interface MixWithConcerts extends Mix {
  /** One entry per artist of the mix, same order. */
  concerts: ArtistConcerts[];
}

export interface BinsResult {
  /** Mixes with at least one concert, in cluster order. */
  mixes: MixWithConcerts[];
  warnings: ReturnType<Warnings["list"]>;
  /** Which sources served each capability. */
  sources: ReturnType<Warnings["sources"]>;
}

export type ProgressListener = (stage: PipelineStage, message: string, done?: number, total?: number) => void;

/**
 * The whole pipeline along its dependency graph: top artists → similar → tracks → features →
 * mixes, with each artist's tracks and concert look-ups started the moment the artist is known,
 * so concerts are fetched while the tracks → features chain runs. The area search for concerts
 * (Ticketmaster) needs no artists, so it starts first of all.
 */
export async function getBins(
  pipeline: Pipeline,
  ctx: ListenerContext,
  req: BinsRequest,
  onProgress: ProgressListener = () => {},
): Promise<BinsResult> {
  const state = startRequest(pipeline, ctx);
  const tracks = new Map<string, Promise<Track[]>>();
  const concerts = new Map<string, Promise<ArtistConcerts>>();
  let concertsDone = 0;
  const area = searchArea(pipeline, req, state);

  const start = (artist: ListenerArtist) => {
    tracks.set(artist.id, startTracks(pipeline, state, artist));
    concerts.set(
      artist.id,
      nearbyConcerts(pipeline, artist, req, area, state).then((result) => {
        onProgress("concerts", `Looked up concerts for ${artist.name}`, ++concertsDone, concerts.size);
        return result;
      }),
    );
  };

  const artists = await findListenerArtists(pipeline, state, req, {
    onArtist: start,
    onTopArtists: (top) => onProgress("top_artists", `Found ${top.length} top artists`, top.length, top.length),
  });
  onProgress("related_artists", `Found ${artists.length} artists in your taste`, artists.length, artists.length);

  const sounds = await artistSounds(pipeline, state, artists, tracks);
  const heard = [...sounds.values()].filter((s) => s.profile).length;
  onProgress("features", `Described ${heard} of ${artists.length} artists by their sound`, heard, artists.length);

  const mixes = formMixes(artists, sounds, state.warnings);
  onProgress("mixes", `Formed ${mixes.length} mixes`, mixes.length, mixes.length);

  const byArtist = new Map((await Promise.all(concerts.values())).map((c) => [c.artistId, c]));
  const lookups = [...byArtist.values()];
  if (lookups.length > 0 && lookups.every((c) => c.status === "failed")) {
    throw new UpstreamUnavailableError(
      "Concerts could not be looked up: no concert source answered or accepted our app's key. Try again in a moment.",
    );
  }

  const withConcerts = mixes
    .map((mix) => ({ ...mix, concerts: mix.artists.map((a) => byArtist.get(a.id)!) }))
    .filter((mix) => mix.concerts.some((c) => c.concerts.length > 0));
  onProgress("done", `Found concerts in ${withConcerts.length} mixes`);
  return { mixes: withConcerts, warnings: state.warnings.list(), sources: state.warnings.sources() };
}
