import type { ProfileTasteSource } from "@/lib/domain/ports";
import type { ProfilePeriod } from "@/lib/domain/taste";
import { ProfileError } from "@/lib/domain/errors";
import type { UpstreamClient } from "@/lib/http/upstream-client";
import { expectAnswer } from "../answer";
import { namesInOrder } from "../similar-by-name";
import { listenbrainzMetadata } from "./metadata";
import { rawError, rawUserArtists } from "./raw-types";

/**
 * ListenBrainz's statistics ranges for our periods: its "year" is the last calendar year and
 * "half_yearly" the last six months, the nearest it has to Last.fm's rolling periods.
 */
const RANGES: Record<ProfilePeriod, string> = { overall: "all_time", "12month": "year", "6month": "half_yearly", "3month": "quarter", "1month": "month" };

/** Most artists one statistics page holds. */
const MAX_COUNT = 100;

/**
 * A ListenBrainz user's top artists from its statistics as the listener's taste (keyless). User
 * data: read per request, never cached; the username goes to ListenBrainz only, in the path it needs.
 */
export class ListenbrainzProfile implements ProfileTasteSource {
  readonly id = listenbrainzMetadata.id;
  readonly label = listenbrainzMetadata.label;

  constructor(
    private readonly baseUrl: string,
    private readonly http: UpstreamClient,
  ) {}

  async topArtistNames(username: string, period: ProfilePeriod, limit: number): Promise<string[]> {
    const url = `${this.baseUrl.replace(/\/+$/, "")}/1/stats/user/${encodeURIComponent(username)}/artists?range=${RANGES[period]}&count=${Math.min(limit, MAX_COUNT)}`;
    const res = await this.http.request(url);
    if (res.status === 204) {
      throw new ProfileError("profile_not_ready", "ListenBrainz has not computed this user's statistics yet (it does so daily for new listeners): try again tomorrow, or use another way in.");
    }
    if (res.status === 404) throw new ProfileError("profile_not_found", "ListenBrainz has no user by that name: check the spelling of your ListenBrainz username.");
    const names = namesInOrder(expectAnswer(this, res, rawUserArtists, rawError.safeParse(res.body).data?.error).payload.artists.map((a) => ({ name: a.artist_name })), limit);
    if (names.length === 0) throw new ProfileError("profile_not_ready", "This ListenBrainz user has no listens in that period yet: pick a longer period.");
    return names;
  }
}
