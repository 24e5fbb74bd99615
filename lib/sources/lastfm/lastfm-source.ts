import type { Artist } from "@/lib/domain/types";
import type { SimilarNamesSource } from "@/lib/domain/ports";
import { UpstreamFailure, UpstreamRefusal } from "@/lib/domain/errors";
import { TTL } from "@/lib/cache/ttl";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { UpstreamClient, UpstreamResponse } from "@/lib/http/upstream-client";
import { normalizeArtistName } from "@/lib/text/artist-names";
import { expectAnswer } from "../answer";
import { lastfmMetadata } from "./metadata";
import { LASTFM_ERROR, rawError, rawSimilarArtists } from "./raw-types";
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
    const error = rawError.safeParse(res.body);
    if (error.success) {
      const { error: code, message = "" } = error.data;
      if (code === LASTFM_ERROR.notFound) return [];
      if (code === LASTFM_ERROR.invalidApiKey || code === LASTFM_ERROR.suspendedApiKey) {
        throw new UpstreamRefusal(this, "key_refused", `Last.fm refused our API key (error ${code}: ${message}); check LASTFM_API_KEY`);
      }
      throw new UpstreamFailure(this, "server_error", `Last.fm error ${code}: ${message}`, res.status);
    }
    return reshapeSimilarNames(expectAnswer(this, res, rawSimilarArtists), limit);
  }
}
