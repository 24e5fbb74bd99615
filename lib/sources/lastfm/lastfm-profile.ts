import type { ProfileTasteSource } from "@/lib/domain/ports";
import type { ProfilePeriod } from "@/lib/domain/taste";
import { ProfileError } from "@/lib/domain/errors";
import type { UpstreamClient } from "@/lib/http/upstream-client";
import { expectAnswer } from "../answer";
import { namesInOrder } from "../similar-by-name";
import { lastfmMetadata } from "./metadata";
import { lastfmError } from "./lastfm-error";
import { LASTFM_ERROR, rawTopArtists } from "./raw-types";
import { rateLimitPause } from "./rate-limit";

/**
 * A Last.fm profile's top artists (user.getTopArtists) as the listener's taste. User data: read
 * per request, never cached; the username goes to Last.fm only, in the query it needs.
 */
export class LastfmProfile implements ProfileTasteSource {
  readonly id = lastfmMetadata.id;
  readonly label = lastfmMetadata.label;

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly http: UpstreamClient,
  ) {}

  async topArtistNames(username: string, period: ProfilePeriod, limit: number): Promise<string[]> {
    const url =
      `${this.baseUrl}?method=user.gettopartists&user=${encodeURIComponent(username)}&period=${period}&limit=${limit}` +
      `&api_key=${encodeURIComponent(this.apiKey)}&format=json`;
    const res = await this.http.request(url, {}, { rateLimitedBody: rateLimitPause });
    const error = lastfmError(this, res);
    if (error) {
      if (error.code === LASTFM_ERROR.notFound) throw new ProfileError("profile_not_found", "Last.fm has no user by that name: check the spelling of your Last.fm username.");
      if (error.code === LASTFM_ERROR.loginRequired) {
        throw new ProfileError("profile_private", "This Last.fm profile keeps its listening private: in Last.fm's privacy settings, let others see your recent listening, or use another way in.");
      }
      throw error.otherwise;
    }
    const names = namesInOrder(expectAnswer(this, res, rawTopArtists).topartists.artist, limit);
    if (names.length === 0) throw new ProfileError("profile_not_ready", "This Last.fm profile has no artists for that period yet: pick a longer period, or scrobble a little first.");
    return names;
  }
}
