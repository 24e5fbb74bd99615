import type { Artist } from "@/lib/domain/types";
import type { ArtistSearch, ListenerRequest, SimilarArtistsSource, SimilarNamesSource, SimilarWanted } from "@/lib/domain/ports";
import { normalizeArtistName } from "@/lib/text/artist-names";

/** How many names to ask a name-only source for: enough to still fill the list when some have no Spotify match. */
const NAMES_ASKED = 30;

/**
 * Similar artists from a source that knows names only (Last.fm, Deezer), matched to Spotify
 * artists by Spotify search with exact normalised names. Names are matched in order, only as many
 * at a time as are still needed, so a short list costs few searches.
 */
export function similarByName(names: SimilarNamesSource, search: ArtistSearch): SimilarArtistsSource {
  return {
    id: names.id,
    label: names.label,
    async similarArtists(req: ListenerRequest, artist: Artist, wanted: SimilarWanted): Promise<Artist[]> {
      // Normalised once: the same comparison isSameArtist makes, without redoing it per candidate.
      const excluded = new Set([artist, ...wanted.excluding].map((a) => normalizeArtistName(a.name)));
      const candidates = (await names.similarNames(artist, NAMES_ASKED)).filter((name) => !excluded.has(normalizeArtistName(name)));
      const found: Artist[] = [];
      let next = 0;
      while (found.length < wanted.count && next < candidates.length) {
        const batch = candidates.slice(next, next + wanted.count - found.length);
        next += batch.length;
        const matches = await Promise.allSettled(batch.map((name) => search.findArtists(req.spotifyToken, name)));
        const rejected = matches.filter((m): m is PromiseRejectedResult => m.status === "rejected");
        if (rejected.length === matches.length && found.length === 0) throw rejected[0]!.reason; // search itself is failing
        for (const match of matches) {
          const best = match.status === "fulfilled" ? match.value[0] : undefined;
          if (best && best.id !== artist.id && !found.some((a) => a.id === best.id)) found.push(best);
        }
      }
      return found;
    },
  };
}

/** Artist names as an upstream lists them (similar artists, most similar first): trimmed, blanks dropped, at most `limit`. */
export function namesInOrder(items: readonly { name: string }[], limit: number): string[] {
  return items.map((a) => a.name.trim()).filter((name) => name !== "").slice(0, limit);
}
