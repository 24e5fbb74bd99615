import type { Artist, ListenerArtist } from "@/lib/domain/types";
import type { ListenerContext } from "@/lib/domain/ports";
import { firstServing } from "./chain";
import type { Deadline } from "./deadline";
import { startRequest, warningsOf, type Pipeline, type RequestState, type TasteDepth } from "./pipeline";
import { readWholeTaste } from "./taste";

export interface ArtistSetRequest {
  /** The top artists of the request's time range; with the whole taste, how many of the strongest get similar artists. */
  nTop: number;
  /** Similar artists per top artist. */
  nSimilar: number;
  /** The listener's top artists of one time range (the original API's way, the default), or their whole taste. */
  taste?: TasteDepth;
  /** With the whole taste: how many of the listener's artists, strongest first. */
  myArtists?: number;
}

export interface ArtistSetHooks {
  /** Called once per artist as soon as it is known (to start its look-ups early). */
  onArtist?: (artist: ListenerArtist) => void;
  onTopArtists?: (artists: ListenerArtist[]) => void;
}

/** The listener's own artists: the top artists of the time range, or the whole taste ranked and cut to `myArtists`. */
async function ownArtists(pipeline: Pipeline, state: RequestState, req: ArtistSetRequest): Promise<Artist[]> {
  const { listener } = state;
  if (req.taste !== "whole") return state.topArtistsOf(req.nTop, listener.timeRange);
  const whole = await readWholeTaste(state);
  return req.myArtists === undefined ? whole : whole.slice(0, req.myArtists);
}

/**
 * The listener's own artists, then up to `nSimilar` similar artists for each of the strongest
 * `nTop`: the first ones in the serving source's order that are not the listener's own. The rule
 * does not depend on which answer arrives first, so the same listener gets the same set every time,
 * and each artist can be started on as soon as the similar artists it was found through are in.
 * The set is de-duplicated.
 */
export async function findListenerArtists(
  pipeline: Pipeline,
  state: RequestState,
  req: ArtistSetRequest,
  hooks: ArtistSetHooks = {},
): Promise<ListenerArtist[]> {
  const { listener, warnings } = state;
  const top = (await ownArtists(pipeline, state, req)).map((a): ListenerArtist => ({ ...a, flag: "top", relatedTo: [] }));
  warnings.served("top_artists", state.tasteSource);
  hooks.onTopArtists?.(top);
  if (req.nSimilar === 0) {
    top.forEach((a) => hooks.onArtist?.(a));
    warnings.orderSubjects(top.map((a) => a.name));
    return top;
  }

  const topIds = new Set(top.map((a) => a.id));
  const similarById = new Map<string, ListenerArtist>();
  const anchors = req.taste === "whole" ? top.slice(0, req.nTop) : top;
  const pending = Promise.all(
    anchors.map(async (anchor) => {
      const asked = firstServing(pipeline.similarArtists, "similar_artists", state, anchor.name, (source) =>
        source.similarArtists(listener, anchor, { count: req.nSimilar, excluding: top }),
      );
      const similar = await state.deadline.within(asked, "similar artists", [anchor.name], () => []);
      const chosen = similar.filter((a) => !topIds.has(a.id)).slice(0, req.nSimilar);
      for (const artist of chosen) {
        const known = similarById.get(artist.id);
        if (known) {
          known.relatedTo.push({ id: anchor.id, name: anchor.name });
        } else {
          const entry: ListenerArtist = { ...artist, flag: "related", relatedTo: [{ id: anchor.id, name: anchor.name }] };
          similarById.set(artist.id, entry);
          hooks.onArtist?.(entry);
        }
      }
      return chosen;
    }),
  );
  // The similar-artist look-ups are the critical path: sent first, their answers come back (and are read) first.
  top.forEach((a) => hooks.onArtist?.(a));
  const lists = await pending;

  // Final order does not depend on arrival: top artists, then each top artist's picks in rank order.
  const ordered: ListenerArtist[] = [...top];
  const seen = new Set(topIds);
  for (const chosen of lists) {
    for (const artist of chosen) {
      if (seen.has(artist.id)) continue;
      seen.add(artist.id);
      const entry = similarById.get(artist.id)!;
      entry.relatedTo.sort((a, b) => top.findIndex((t) => t.id === a.id) - top.findIndex((t) => t.id === b.id));
      ordered.push(entry);
    }
  }
  warnings.orderSubjects(ordered.map((a) => a.name));
  return ordered;
}

/** The listener's top artists, then the similar ones (the get_user_artists endpoint). */
export async function getListenerArtists(pipeline: Pipeline, ctx: ListenerContext, req: ArtistSetRequest, deadline?: Deadline) {
  const state = startRequest(pipeline, ctx, req.taste, deadline);
  const artists = await findListenerArtists(pipeline, state, req);
  return { artists, warnings: warningsOf(state), sources: state.warnings.sources() };
}
