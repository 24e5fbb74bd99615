import type { AreaSearch, ListenerArtist } from "@/lib/domain/types";
import { UpstreamUnavailableError } from "@/lib/domain/errors";
import { nearbyConcerts, searchArea, type NearbyConcert } from "./concerts";
import type { Deadline } from "./deadline";
import { startRequest, type Pipeline } from "./pipeline";

// A calendar feed's concerts: the artists a feed link names, looked up afresh on every fetch with
// the app's own token, near its place over its window. Only public data is asked and cached (who an
// artist is, their concerts, the area's listings); the feed itself is kept nowhere.

export interface FeedRequest extends AreaSearch {
  artistIds: string[];
}

export async function feedConcerts(pipeline: Pipeline, appToken: string, req: FeedRequest, deadline?: Deadline): Promise<{ artist: ListenerArtist; concerts: NearbyConcert[] }[]> {
  // The feed's artists are read as a listed taste: by id, in their order.
  const taste = { source: "your-list", artistIds: req.artistIds } as const;
  const state = startRequest(pipeline, { spotifyToken: appToken, timeRange: "medium_term", taste }, "top", deadline);
  const artists = (await state.topArtistsOf(req.artistIds.length, "medium_term")).map((a): ListenerArtist => ({ ...a, flag: "top", relatedTo: [] }));
  const area = searchArea(pipeline, req, state);
  const found = await Promise.all(artists.map((artist) => nearbyConcerts(pipeline, artist, req, area, state)));
  // A calendar app replaces what it shows with what it fetched: better no answer than an empty one.
  if (found.length > 0 && found.every((f) => f.status === "failed")) {
    throw new UpstreamUnavailableError("Concerts could not be looked up right now: no concert source answered. Your calendar keeps what it has; it will try again.");
  }
  return artists.map((artist, i) => ({ artist, concerts: found[i]!.concerts }));
}
