import type { z } from "zod";
import type { Artist } from "@/lib/domain/types";
import type { SimilarNamesSource } from "@/lib/domain/ports";
import { UpstreamFailure } from "@/lib/domain/errors";
import { TTL } from "@/lib/cache/ttl";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { UpstreamClient } from "@/lib/http/upstream-client";
import { normalizeArtistName } from "@/lib/text/artist-names";
import { deezerMetadata } from "./metadata";
import { DEEZER_ERROR, rawArtistList, rawError } from "./raw-types";
import { matchingArtistId, reshapeRelatedNames } from "./reshape";
import { expectAnswer } from "../answer";

// Deezer counts about 50 requests per 5 seconds; after its quota error, wait out one window.
const QUOTA_PAUSE_MS = 5000;
const SEARCH_RESULTS = 10;

/** Deezer (no key) as a source of similar artists' names: find the artist by name, then its related artists. */
export class DeezerSource implements SimilarNamesSource {
  readonly id = deezerMetadata.id;
  readonly label = deezerMetadata.label;

  constructor(
    private readonly baseUrl: string,
    private readonly http: UpstreamClient,
    private readonly shared: SharedLoader,
  ) {}

  /** Names of related artists, most related first; [] when Deezer has no artist of exactly that name. */
  async similarNames(artist: Artist, limit: number): Promise<string[]> {
    const id = await this.artistId(artist.name);
    if (id === null) return [];
    return this.shared.load(`deezer:related:${id}:${limit}`, TTL.similarArtists, async () => {
      const related = await this.get(`/artist/${encodeURIComponent(id)}/related?limit=${limit}`);
      return related ? reshapeRelatedNames(related, limit) : [];
    });
  }

  private artistId(name: string): Promise<string | null> {
    return this.shared.load(`deezer:artist-id:${normalizeArtistName(name)}`, TTL.artistSearch, async () => {
      const results = await this.get(`/search/artist?q=${encodeURIComponent(name)}&limit=${SEARCH_RESULTS}`);
      return results ? matchingArtistId(name, results) : null;
    });
  }

  /** A list of artists; null when Deezer says it has no data. */
  private async get(path: string): Promise<z.infer<typeof rawArtistList> | null> {
    const res = await this.http.request(this.baseUrl + path, {}, { rateLimitedBody: quotaPause });
    const error = rawError.safeParse(res.body);
    if (error.success) {
      const { code, message = "" } = error.data.error;
      if (code === DEEZER_ERROR.dataNotFound) return null;
      throw new UpstreamFailure(this, "server_error", `Deezer error ${code ?? "?"}: ${message}`, res.status);
    }
    return expectAnswer(this, res, rawArtistList);
  }
}

function quotaPause(_status: number, body: unknown): number | undefined {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return error?.code === DEEZER_ERROR.quota ? QUOTA_PAUSE_MS : undefined;
}
