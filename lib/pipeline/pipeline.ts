import type { Capabilities, ListenerContext, ListenerRequest } from "@/lib/domain/ports";
import type { Track } from "@/lib/domain/types";
import type { ChainContext } from "./chain";
import { RefusalMemory } from "./refusal-memory";
import { sourceOrder, Warnings } from "./warnings";

/** The capabilities the pipeline asks, and its memory of which sources refused our app (shared by all requests). */
export interface Pipeline extends Capabilities {
  refusals: RefusalMemory;
}

export function createPipeline(capabilities: Capabilities, refusalMemoryMs?: number): Pipeline {
  return { ...capabilities, refusals: new RefusalMemory(refusalMemoryMs) };
}

/** How many of the listener's top tracks are read when an artist's tracks come from them. */
const TOP_TRACKS_LIMIT = 50;

/** One request's working state: the listener as sources may ask about them, and the chain's account. */
export interface RequestState extends ChainContext {
  listener: ListenerRequest;
}

export function startRequest(pipeline: Pipeline, ctx: ListenerContext): RequestState {
  let topTracks: Promise<Track[]> | undefined;
  const listener: ListenerRequest = {
    ...ctx,
    // User data: read at most once per request, only if a source needs it, and never cached.
    topTracks: () => (topTracks ??= pipeline.taste.topTracks(ctx.spotifyToken, TOP_TRACKS_LIMIT, ctx.timeRange)),
  };
  return { listener, refusals: pipeline.refusals, warnings: new Warnings(sourceOrder(pipeline)) };
}
