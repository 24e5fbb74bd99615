import type { AreaSearch, ListenerArtist, Track } from "@/lib/domain/types";
import type { PipelineStage, PipelineWarning } from "@/lib/domain/capabilities";
import type { ListenerContext } from "@/lib/domain/ports";
import { findListenerArtists, type ArtistSetRequest } from "./listener-artists";
import { artistSounds, startTracks } from "./artist-sounds";
import { formMixes, type Mix } from "./mixes";
import { FirstPageConcerts, nearbyConcerts, searchArea, type ArtistConcerts, type NearbyConcert } from "./concerts";
import { describePerformers, placeDiscoveries, type DescribedPerformers, type Discovery } from "./discoveries";
import { mixGenres, showHomes, showKey } from "./show-homes";
import { startRequest, warningsOf, type Pipeline, type RequestState, type TasteDepth } from "./pipeline";
import type { Warnings } from "./warnings";
import type { Deadline } from "./deadline";

export interface BinsRequest extends ArtistSetRequest, AreaSearch {
  /** Ours: also place the area's performers the listener does not know in their mixes, by sound. */
  discoveries?: boolean;
  /** What the caller has to say about the request itself (e.g. its dates were shortened), passed on in the answer's warnings. */
  notes?: PipelineWarning[];
}

export interface MixWithConcerts extends Mix {
  /** One entry per artist of the mix, same order. */
  concerts: ArtistConcerts[];
  /** The performers placed in this mix, closest first. */
  discoveries: Discovery[];
}

export interface BinsResult {
  /** Mixes with at least one concert: in cluster order, or (with the whole taste or discoveries) most concerts first. */
  mixes: MixWithConcerts[];
  warnings: ReturnType<Warnings["list"]>;
  /** Which sources served each capability. */
  sources: ReturnType<Warnings["sources"]>;
  /**
   * With the whole taste or discoveries: each show's one mix (index into `mixes`) by its key, and
   * how far the search reached. Absent for the original API's requests, whose answers stay as they were.
   */
  reach?: {
    homes: Map<string, number>;
    depth: TasteDepth;
    ownArtists: number;
    similarArtists: number;
    discoveries: { described: number; placed: number; waiting: number } | null;
  };
}

export type ProgressListener = (stage: PipelineStage, message: string, done?: number, total?: number) => void;

/** Concerts as they are found, before mixes exist: each listener artist's, then each discovery's. */
export type ConcertsListener = (found: { artist: ListenerArtist; concerts: NearbyConcert[] } | { discovery: Discovery }) => void;

export interface BinsOptions {
  onProgress?: ProgressListener;
  onConcerts?: ConcertsListener;
  /** When the answer is due: what is still missing then is left out, and a warning says what. */
  deadline?: Deadline;
  /** Spotify has accepted the listener's token (from here on, a failure is a warning or a late error). */
  onAccepted?: () => void;
}

/** With the whole taste, a mix holds about this many artists at most (silhouette chooses how many mixes above that). */
const WHOLE_TASTE_MIX_SIZE = 25;

/** Tracks that describe an artist's sound with the whole taste (a listener has many artists; a few tracks each suffice). */
const WHOLE_TASTE_SOUND_TRACKS = 5;

/**
 * The whole pipeline along its dependency graph: taste → similar → tracks → features → mixes →
 * discoveries, with each artist's tracks and concert look-ups started the moment the artist is
 * known, so concerts are fetched while the tracks → features chain runs. The area search for
 * concerts (Ticketmaster) needs no artists: it starts as soon as Spotify has accepted the listener's token.
 */
export async function getBins(pipeline: Pipeline, ctx: ListenerContext, req: BinsRequest, options: BinsOptions = {}): Promise<BinsResult> {
  const { onProgress = () => {}, onConcerts = () => {} } = options;
  const deep = req.taste === "whole" || req.discoveries === true;
  const state = startRequest(pipeline, ctx, req.taste, options.deadline);
  for (const note of req.notes ?? []) state.warnings.note(note);
  if (options.onAccepted) void state.accepted.then(options.onAccepted);
  const tracks = new Map<string, Promise<Track[]>>();
  const concerts = new Map<string, Promise<ArtistConcerts>>();
  let concertsDone = 0;
  // Concerts on the listings' first page go out before the other pages are in; only where the area
  // source is the one concert source, since with Bandsintown beside it the same show would first
  // come under Ticketmaster's id and then, merged, under Bandsintown's.
  const firstPage = options.onConcerts && pipeline.artistConcerts.length === 0 ? new FirstPageConcerts<ListenerArtist>(req, (artist, found) => onConcerts({ artist, concerts: found })) : null;
  const area = searchArea(pipeline, req, state, firstPage?.listed);
  if (firstPage) void area.then(() => firstPage.end());

  const start = (artist: ListenerArtist) => {
    firstPage?.started(artist);
    tracks.set(artist.id, startTracks(pipeline, state, artist));
    const late = (): ArtistConcerts => ({ artistId: artist.id, status: "failed", concerts: [] });
    concerts.set(
      artist.id,
      state.deadline.within(nearbyConcerts(pipeline, artist, req, area, state), "concerts", [artist.name], late).then((result) => {
        onProgress("concerts", `Looked up concerts for ${artist.name}`, ++concertsDone, concerts.size);
        if (result.concerts.length) onConcerts({ artist, concerts: result.concerts });
        return result;
      }),
    );
  };

  // Discoveries need only the listings and the listener's own artists: described beside the listener's own chain.
  let described: Promise<DescribedPerformers | null> | undefined;
  const artists = await findListenerArtists(pipeline, state, req, {
    onArtist: start,
    onTopArtists: (top) => {
      onProgress("top_artists", `Found ${top.length} top artists`, top.length, top.length);
      if (req.discoveries && pipeline.areaConcerts.length > 0) {
        const describing = area.then((listings) => (listings ? describePerformers(pipeline, state, { area: listings, search: req, own: top }) : null));
        described = state.deadline.within(describing, "performers nearby", [], () => null);
        described.catch(() => undefined); // a rejected token surfaces where it is awaited
      }
    },
  });
  onProgress("related_artists", `Found ${artists.length} artists in your taste`, artists.length, artists.length);

  const sounds = await artistSounds(pipeline, state, artists, tracks, req.taste === "whole" ? WHOLE_TASTE_SOUND_TRACKS : Infinity);
  const heard = [...sounds.values()].filter((s) => s.profile).length;
  onProgress("features", `Described ${heard} of ${artists.length} artists by their sound`, heard, artists.length);

  // With the whole taste, mixes stay small enough to take in, and those grown from similar artists (when sound fails) start from the strongest artists only.
  const mixes = formMixes(artists, sounds, state.warnings, req.taste === "whole" ? { anchors: req.nTop, mixSize: WHOLE_TASTE_MIX_SIZE } : {});
  onProgress("mixes", `Formed ${mixes.length} mixes`, mixes.length, mixes.length);

  const byArtist = new Map((await Promise.all(concerts.values())).map((c) => [c.artistId, c]));
  const lookups = [...byArtist.values()];
  if (lookups.length > 0 && lookups.every((c) => c.status === "failed") && !state.deadline.passed) {
    throw state.warnings.whyNone("concerts", "Concerts could not be looked up: no concert source answered. Try again in a moment.");
  }
  const withConcerts = mixes.map((mix) => ({ ...mix, concerts: mix.artists.map((a) => byArtist.get(a.id)!), discoveries: [] as Discovery[] }));

  if (!deep) {
    const result = withConcerts.filter((mix) => mix.concerts.some((c) => c.concerts.length > 0));
    onProgress("done", `Found concerts in ${result.length} mixes`);
    return { mixes: result, warnings: warningsOf(state), sources: state.warnings.sources() };
  }

  const found = req.discoveries ? await discover(pipeline, state, req, described, artists, mixes, sounds) : null;
  for (const discovery of found?.discoveries ?? []) {
    withConcerts[discovery.mix]!.discoveries.push(discovery);
    onConcerts({ discovery });
  }
  const homes = showHomes(mixes, (a) => byArtist.get(a.id)!, found?.discoveries ?? [], artists);
  const result = homedMixes(withConcerts, homes);
  onProgress("done", `Found concerts in ${result.mixes.length} mixes`);
  return {
    mixes: result.mixes,
    warnings: warningsOf(state),
    sources: state.warnings.sources(),
    reach: {
      homes: result.homes,
      depth: req.taste ?? "top",
      ownArtists: artists.filter((a) => a.flag === "top").length,
      similarArtists: artists.filter((a) => a.flag === "related").length,
      discoveries: found && { described: found.described, placed: found.discoveries.length, waiting: found.waiting },
    },
  };
}

/** Discoveries, when the search can have them: an area source listed the place, and the mixes were formed by sound. */
async function discover(
  pipeline: Pipeline,
  state: RequestState,
  search: AreaSearch,
  described: Promise<DescribedPerformers | null> | undefined,
  artists: ListenerArtist[],
  mixes: Mix[],
  sounds: Awaited<ReturnType<typeof artistSounds>>,
) {
  if (pipeline.areaConcerts.length === 0) {
    state.warnings.note({
      code: "discoveries_unavailable",
      message: "Discoveries need a concert source that lists every show in an area (Ticketmaster); this server has only artist-by-artist concert sources, so only your artists' concerts are shown.",
    });
    return null;
  }
  if (mixes.some((m) => m.basis !== "sound")) {
    state.warnings.note({
      code: "discoveries_unavailable",
      message: "Discoveries are placed by how they sound, and your mixes could not be formed by sound this time, so only your artists' concerts are shown.",
    });
    return null;
  }
  const performers = await described;
  if (!performers) return null; // the area search failed: its warning says so
  const outcome = placeDiscoveries(performers, { search, artists, mixes, sounds });
  if (outcome.waiting > 0) {
    state.warnings.note({
      code: "discoveries_partial",
      message: `${outcome.waiting} more performer${outcome.waiting === 1 ? "" : "s"} nearby will be looked at on a later search (we describe a few dozen new ones per search, to keep within the music services' limits).`,
    });
  }
  return outcome;
}

/** Each show in its one mix; mixes without a show dropped; most shows first, named by their genres and sound. */
function homedMixes(mixes: MixWithConcerts[], homes: Map<string, number>): { mixes: MixWithConcerts[]; homes: Map<string, number> } {
  const shows = mixes.map(() => new Map<string, { genres?: string[] }>());
  const add = (index: number, concert: NearbyConcert["concert"]) => {
    const key = showKey(concert);
    if (homes.get(key) === index) shows[index]!.set(key, concert as { genres?: string[] });
  };
  mixes.forEach((mix, i) => {
    mix.concerts.forEach((c) => c.concerts.forEach(({ concert }) => add(i, concert)));
    mix.discoveries.forEach((d) => d.concerts.forEach(({ concert }) => add(i, concert)));
  });
  const order = mixes
    .map((mix, i) => ({ mix, i, count: shows[i]!.size }))
    .filter((m) => m.count > 0)
    .sort((a, b) => b.count - a.count || a.i - b.i);
  const newIndex = new Map(order.map((m, j) => [m.i, j]));
  return {
    mixes: order.map(({ mix, i }) => withGenreName(mix, mixGenres([...shows[i]!.values()]))),
    homes: new Map([...homes].flatMap(([key, i]) => (newIndex.has(i) ? [[key, newIndex.get(i)!]] : []))),
  };
}

/** A mix named in words fans use: its shows' genres (where the listings give them), then its sound. */
function withGenreName(mix: MixWithConcerts, genres: string[]): MixWithConcerts {
  if (genres.length === 0 || mix.basis !== "sound") return mix;
  const what = genres.join(" & ");
  return { ...mix, name: `${what} · ${mix.name}`, reason: `${mix.reason.replace(/\.$/, "")}; their concerts are listed as ${what}.` };
}
