import type { ProfileTasteSource } from "@/lib/domain/ports";
import type { ProfilePeriod } from "@/lib/domain/taste";
import { ProfileError, UpstreamFailure, UpstreamRefusal } from "@/lib/domain/errors";
import type { UpstreamClient } from "@/lib/http/upstream-client";
import { expectAnswer } from "../answer";
import { namesInOrder } from "../similar-by-name";
import { lastfmMetadata } from "./metadata";
import { LASTFM_ERROR, rawError, rawTopArtists } from "./raw-types";
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
    const error = rawError.safeParse(res.body);
    if (error.success) {
      const { error: code, message = "" } = error.data;
      if (code === LASTFM_ERROR.notFound) throw new ProfileError("profile_not_found", "Last.fm has no user by that name: check the spelling of your Last.fm username.");
      if (code === LASTFM_ERROR.loginRequired) {
        throw new ProfileError("profile_private", "This Last.fm profile keeps its listening private: in Last.fm's privacy settings, let others see your recent listening, or use another way in.");
      }
      if (code === LASTFM_ERROR.invalidApiKey || code === LASTFM_ERROR.suspendedApiKey) {
        throw new UpstreamRefusal(this, "key_refused", `Last.fm refused our API key (error ${code}: ${message}); check LASTFM_API_KEY`);
      }
      throw new UpstreamFailure(this, "server_error", `Last.fm error ${code}: ${message}`, res.status);
    }
    const names = namesInOrder(expectAnswer(this, res, rawTopArtists).topartists.artist, limit);
    if (names.length === 0) throw new ProfileError("profile_not_ready", "This Last.fm profile has no artists for that period yet: pick a longer period, or scrobble a little first.");
    return names;
  }
}
