import type { Artist } from "@/lib/domain/types";
import type { SimilarNamesSource } from "@/lib/domain/ports";
import { TTL } from "@/lib/cache/ttl";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { UpstreamClient, UpstreamResponse } from "@/lib/http/upstream-client";
import { normalizeArtistName } from "@/lib/text/artist-names";
import { expectAnswer } from "../answer";
import { lastfmMetadata } from "./metadata";
import { lastfmError } from "./lastfm-error";
import { LASTFM_ERROR, rawSimilarArtists } from "./raw-types";
import { rateLimitPause } from "./rate-limit";
import { reshapeSimilarNames } from "./reshape";

/** Last.fm's artist.getSimilar as a source of similar artists' names. */
export class LastfmSource implements SimilarNamesSource {
  readonly id = lastfmMetadata.id;
  readonly label = lastfmMetadata.label;

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly http: UpstreamClient,
    private readonly shared: SharedLoader,
  ) {}

  /** Names of similar artists, most similar first; [] when Last.fm does not know the artist. */
  similarNames(artist: Artist, limit: number): Promise<string[]> {
    const key = `lastfm:similar:${normalizeArtistName(artist.name)}:${limit}`;
    return this.shared.load(key, TTL.similarArtists, async () => {
      const url =
        `${this.baseUrl}?method=artist.getsimilar&artist=${encodeURIComponent(artist.name)}&limit=${limit}` +
        `&autocorrect=1&api_key=${encodeURIComponent(this.apiKey)}&format=json`;
      const res = await this.http.request(url, {}, { rateLimitedBody: rateLimitPause });
      return this.interpret(res, limit);
    });
  }

  private interpret(res: UpstreamResponse, limit: number): string[] {
    const error = lastfmError(this, res);
    if (error) {
      if (error.code === LASTFM_ERROR.notFound) return [];
      throw error.otherwise;
    }
    return reshapeSimilarNames(expectAnswer(this, res, rawSimilarArtists), limit);
  }
}
