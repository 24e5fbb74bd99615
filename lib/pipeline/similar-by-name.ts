import type { Artist } from "@/lib/domain/types";
import { normalizeArtistName } from "@/lib/matching/artist-names";
import type { ArtistSearch, ListenerContext, SimilarArtistsSource, SimilarNamesSource, SimilarWanted } from "./capabilities";

/** How many names to ask a name-only source for: enough to still fill the list when some have no Spotify match. */
const NAMES_ASKED = 30;

/**
 * Similar artists from a source that knows names only (Last.fm, Deezer), matched to Spotify
 * artists by Spotify search with exact normalised names. Names are matched in order, only as many
 * at a time as are still needed, so a short list costs few searches.
 */
export function similarByName(names: SimilarNamesSource, search: ArtistSearch): SimilarArtistsSource {
  return {
    name: names.name,
    async similarArtists(ctx: ListenerContext, artist: Artist, wanted: SimilarWanted): Promise<Artist[]> {
      // Normalised once: the same comparison isSameArtist makes, without redoing it per candidate.
      const excluded = new Set([artist, ...wanted.excluding].map((a) => normalizeArtistName(a.name)));
      const candidates = (await names.similarNames(artist, NAMES_ASKED)).filter((name) => !excluded.has(normalizeArtistName(name)));
      const found: Artist[] = [];
      let next = 0;
      while (found.length < wanted.count && next < candidates.length) {
        const batch = candidates.slice(next, next + wanted.count - found.length);
        next += batch.length;
        const matches = await Promise.allSettled(batch.map((name) => search.findArtists(ctx.spotifyToken, name)));
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
