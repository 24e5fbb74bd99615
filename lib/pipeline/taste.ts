import { TIME_RANGES, type Artist, type TimeRange, type Track } from "@/lib/domain/types";
import type { RequestState } from "./pipeline";

// The listener's whole taste, as far as scope user-top-read reaches: their top artists over the
// last ~4 weeks, ~6 months and all time, and the artists of their top tracks over the same
// ranges, merged into one list, strongest first. User data: read per request, never cached.

/** Spotify's most per list. */
export const TOP_LIMIT = 50;

/** Recent listening counts more than old: the artists a listener plays now are whom they would go and see. */
const RANGE_WEIGHT: Record<TimeRange, number> = { short_term: 3, medium_term: 2, long_term: 1 };
/** A top track says less about an artist than a place among the top artists. */
const TRACK_WEIGHT = 0.5;

/** Weight of rank `i` in a list of `n`: the first counts fully, the last a little. */
const rankWeight = (i: number, n: number) => 1 - i / (n + 1);

/**
 * Every artist the listener's top artists and top tracks name, ranked by how often and how
 * recently they appear (ties keep the order they were first met in, so the ranking repeats).
 */
export async function readWholeTaste(state: RequestState): Promise<Artist[]> {
  const [artistLists, trackLists] = await Promise.all([
    Promise.all(TIME_RANGES.map((range) => state.topArtistsOf(TOP_LIMIT, range))),
    Promise.all(TIME_RANGES.map((range) => state.topTracksOf(range))),
  ]);
  return rankTaste(artistLists, trackLists);
}

/** Exported for its unit test: the ranking alone, from lists in TIME_RANGES order. */
export function rankTaste(artistLists: Artist[][], trackLists: Track[][]): Artist[] {
  const scored = new Map<string, { artist: Artist; score: number; first: number }>();
  const add = (artist: Artist, weight: number) => {
    const known = scored.get(artist.id);
    if (known) {
      known.score += weight;
      // A top-artist entry knows more (images, genres) than a track's artist credit.
      if (!known.artist.imageUrl && artist.imageUrl) known.artist = artist;
    } else {
      scored.set(artist.id, { artist, score: weight, first: scored.size });
    }
  };
  TIME_RANGES.forEach((range, r) => {
    const artists = artistLists[r] ?? [];
    artists.forEach((artist, i) => add(artist, RANGE_WEIGHT[range] * rankWeight(i, artists.length)));
  });
  TIME_RANGES.forEach((range, r) => {
    const tracks = trackLists[r] ?? [];
    tracks.forEach((track, i) =>
      add({ id: track.artistId, name: track.artistName, genres: [], imageUrl: null }, TRACK_WEIGHT * RANGE_WEIGHT[range] * rankWeight(i, tracks.length)),
    );
  });
  return [...scored.values()].sort((a, b) => b.score - a.score || a.first - b.first).map((s) => s.artist);
}
