import { z } from "zod";
import type { Artist, Concert, DateRange } from "@/lib/domain/types";
import { TTL } from "@/lib/cache/ttl";
import type { ArtistEventsSource } from "@/lib/pipeline/capabilities";
import { bandsintownDateParam } from "@/lib/dates/date-range";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { UpstreamClient, UpstreamResponse } from "@/lib/http/upstream-client";
import { eachValid, expectAnswer } from "../answer";
import { CapabilityRestrictedError } from "../errors";
import { encodeArtistName } from "./artist-name";
import { rawEvent, rawNotFound } from "./raw-types";
import { reshapeEvent } from "./reshape";

/** Bandsintown v3 as a source of concerts, looked up by artist name (null events: the artist is unknown to it). */
export class BandsintownSource implements ArtistEventsSource {
  readonly name = "bandsintown";

  constructor(
    private readonly baseUrl: string,
    private readonly appId: string,
    private readonly http: UpstreamClient,
    private readonly shared: SharedLoader,
  ) {}

  eventsFor(artist: Artist, range: DateRange): Promise<{ events: Concert[] | null }> {
    const date = bandsintownDateParam(range);
    const key = `bandsintown:events:${artist.name.toLowerCase()}:${date}`;
    return this.shared.load(key, TTL.events, async () => {
      const url =
        `${this.baseUrl}/artists/${encodeArtistName(artist.name)}/events` +
        `?app_id=${encodeURIComponent(this.appId)}&date=${encodeURIComponent(date)}`;
      const res = await this.http.request(url, {}, { textIsAnswer: isNotFoundText });
      return { events: this.interpret(res) };
    });
  }

  private interpret(res: UpstreamResponse): Concert[] | null {
    const { status, body } = res;
    if (status === 403 || status === 401) {
      throw new CapabilityRestrictedError(this.name, "concerts", "key_refused", "Bandsintown refused our app_id (check BANDSINTOWN_APP_ID)");
    }
    if (status === 404 || rawNotFound.safeParse(body).success || (typeof body === "string" && isNotFoundText(body))) {
      return null;
    }
    return eachValid(expectAnswer(this.name, res, z.array(z.unknown())), rawEvent, reshapeEvent);
  }
}

/** The legacy "unknown artist" answer is plain text such as `{warn=Not found}`. */
function isNotFoundText(text: string): boolean {
  return /not\s*found/i.test(text);
}
