import { z } from "zod";
import type { Artist, Concert, DateRange } from "@/lib/domain/types";
import type { ArtistConcertsSource, ConcertLookupSource, ConcertRef } from "@/lib/domain/ports";
import { UpstreamRefusal } from "@/lib/domain/errors";
import { TTL } from "@/lib/cache/ttl";
import { bandsintownDateParam } from "@/lib/dates/date-range";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { UpstreamClient, UpstreamResponse } from "@/lib/http/upstream-client";
import { eachValid, expectAnswer } from "../answer";
import { encodeArtistName } from "./artist-name";
import { bandsintownMetadata } from "./metadata";
import { rawEvent, rawNotFound } from "./raw-types";
import { reshapeEvent } from "./reshape";

/** Bandsintown v3 as a source of concerts, looked up by artist name (null concerts: the artist is unknown to it). */
export class BandsintownSource implements ArtistConcertsSource, ConcertLookupSource {
  readonly id = bandsintownMetadata.id;
  readonly label = bandsintownMetadata.label;

  constructor(
    private readonly baseUrl: string,
    private readonly appId: string,
    private readonly http: UpstreamClient,
    private readonly shared: SharedLoader,
  ) {}

  concertsOf(artist: Artist, range: DateRange): Promise<{ concerts: Concert[] | null }> {
    const date = bandsintownDateParam(range);
    const key = `bandsintown:events:${artist.name.toLowerCase()}:${date}`;
    return this.shared.load(key, TTL.concerts, async () => {
      const url =
        `${this.baseUrl}/artists/${encodeArtistName(artist.name)}/events` +
        `?app_id=${encodeURIComponent(this.appId)}&date=${encodeURIComponent(date)}`;
      const res = await this.http.request(url, {}, { textIsAnswer: isNotFoundText });
      return { concerts: this.interpret(res) };
    });
  }

  /**
   * One upcoming concert by its id. Bandsintown has no event-by-id endpoint, so the address names the
   * artist too, and the concert is found in that artist's upcoming events (public, cached like them).
   */
  async concert(ref: ConcertRef): Promise<Concert | null> {
    if (!ref.artist?.trim()) return null;
    const name = ref.artist.trim();
    const upcoming = await this.shared.load(`bandsintown:events:${name.toLowerCase()}:upcoming`, TTL.concerts, async () => {
      const url = `${this.baseUrl}/artists/${encodeArtistName(name)}/events?app_id=${encodeURIComponent(this.appId)}&date=upcoming`;
      return this.interpret(await this.http.request(url, {}, { textIsAnswer: isNotFoundText }));
    });
    return upcoming?.find((c) => c.id === ref.id) ?? null;
  }

  private interpret(res: UpstreamResponse): Concert[] | null {
    const { status, body } = res;
    if (status === 403 || status === 401) {
      throw new UpstreamRefusal(this, "key_refused", "Bandsintown refused our app_id (check BANDSINTOWN_APP_ID)");
    }
    if (status === 404 || rawNotFound.safeParse(body).success || (typeof body === "string" && isNotFoundText(body))) {
      return null;
    }
    return eachValid(expectAnswer(this, res, z.array(z.unknown())), rawEvent, reshapeEvent);
  }
}

/** The legacy "unknown artist" answer is plain text such as `{warn=Not found}`. */
function isNotFoundText(text: string): boolean {
  return /not\s*found/i.test(text);
}
