import type { PipelineWarning } from "@/lib/domain/capabilities";
import type { Capabilities, ListenerContext, ListenerRequest, Source } from "@/lib/domain/ports";
import { TIME_RANGES, type Artist, type TimeRange, type Track } from "@/lib/domain/types";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { ChainContext } from "./chain";
import { Deadline } from "./deadline";
import { listenerTaste } from "./listener-taste";
import { RefusalMemory, type RefusalStore } from "./refusal-memory";
import { sourceOrder, Warnings } from "./warnings";

/**
 * The capabilities the pipeline asks, the public cache it keeps what it learns about artists in
 * (their sound), and its memory of which sources refused our app: all shared by every request.
 */
export interface Pipeline extends Capabilities {
  shared: SharedLoader;
  refusals: RefusalMemory;
}

export function createPipeline(capabilities: Capabilities, shared: SharedLoader, refusalMemoryMs?: number, refusalStore?: RefusalStore): Pipeline {
  return { ...capabilities, shared, refusals: new RefusalMemory(refusalMemoryMs, refusalStore) };
}

/** How many of the listener's top tracks are read per time range (Spotify's most per list). */
const TOP_TRACKS_LIMIT = 50;

/** How much of the listener's taste a request reads: the top artists of one time range (the original API), or all of it. */
export type TasteDepth = "top" | "whole";

/** One request's working state: the listener as sources may ask about them, and the chain's account. */
export interface RequestState extends ChainContext {
  listener: ListenerRequest;
  /** The listener's top artists of one time range. */
  topArtistsOf(limit: number, range: TimeRange): Promise<Artist[]>;
  /** The listener's top tracks of one time range, read at most once per request. */
  topTracksOf(range: TimeRange): Promise<Track[]>;
  /** Where the listener's taste comes from (their Spotify account, a profile elsewhere, their own list). */
  tasteSource: Source;
  /**
   * Settles once Spotify has accepted the listener's token in this request (a taste read came
   * back): work on shared budgets (the area's listings) waits for it, so a made-up token spends none.
   */
  accepted: Promise<void>;
  deadline: Deadline;
}

export function startRequest(pipeline: Pipeline, ctx: ListenerContext, depth: TasteDepth = "top", deadline = new Deadline()): RequestState {
  let accept!: () => void;
  const accepted = new Promise<void>((resolve) => (accept = resolve));
  const warnings = new Warnings(sourceOrder(pipeline));
  const own = listenerTaste(pipeline, ctx, (warning) => warnings.note(warning));
  // The listener's taste is needed whatever happens: past the deadline, the request fails.
  const taste = <T>(read: Promise<T>) => deadline.required(read, own.source).then((value) => (accept(), value));
  // User data: read at most once per request, only if needed, and never cached.
  const read = new Map<TimeRange, Promise<Track[]>>();
  const topTracksOf = (range: TimeRange) => {
    let tracks = read.get(range);
    if (!tracks) read.set(range, (tracks = taste(own.topTracks(TOP_TRACKS_LIMIT, range))));
    return tracks;
  };
  const listener: ListenerRequest = {
    ...ctx,
    topTracks: () => (depth === "whole" ? Promise.all(TIME_RANGES.map(topTracksOf)).then((lists) => lists.flat()) : topTracksOf(ctx.timeRange)),
  };
  return {
    listener,
    topArtistsOf: (limit, range) => taste(own.topArtists(limit, range)),
    topTracksOf,
    tasteSource: own.source,
    accepted,
    deadline,
    refusals: pipeline.refusals,
    warnings,
  };
}

/** The request's warnings for its answer, ending with what the deadline left out. */
export function warningsOf(state: RequestState): PipelineWarning[] {
  const late = state.deadline.warning();
  if (late) state.warnings.note(late);
  return state.warnings.list();
}
