import type { z } from "zod";
import type { Artist, AudioFeatures, TimeRange, Track } from "@/lib/domain/types";
import { ListenerForbiddenError, NotSignedInError } from "@/lib/errors";
import { TTL } from "@/lib/cache/ttl";
import type { SharedLoader } from "@/lib/http/shared-load";
import { UpstreamFailure, type UpstreamClient } from "@/lib/http/upstream-client";
import { CapabilityRestrictedError, type Capability } from "../errors";
import {
  rawAudioFeaturesList,
  rawError,
  rawRelatedArtists,
  rawTopArtists,
  rawTopTracks,
} from "./raw-types";
import { reshapeArtist, reshapeTrack } from "./reshape";

const FEATURES_BATCH = 100; // Spotify's maximum ids per /audio-features call

/** Spotify Web API as a source of taste, similar artists, tracks and audio features. */
export class SpotifySource {
  readonly name = "spotify";

  constructor(
    private readonly apiUrl: string,
    private readonly http: UpstreamClient,
    private readonly shared: SharedLoader,
  ) {}

  /** The listener's top artists (user data: never cached or shared). */
  async topArtists(token: string, limit: number, timeRange: TimeRange): Promise<Artist[]> {
    const body = await this.get(`/me/top/artists?limit=${limit}&time_range=${timeRange}`, token, rawTopArtists, "top artists");
    return body.items.map(reshapeArtist);
  }

  /** Artists Spotify relates to this one, most related first. */
  similarArtists(token: string, artist: Artist): Promise<Artist[]> {
    return this.shared.load(`spotify:related:${artist.id}`, TTL.relatedArtists, async () => {
      const body = await this.get(`/artists/${artist.id}/related-artists`, token, rawRelatedArtists, "similar artists");
      return body.artists.map(reshapeArtist);
    });
  }

  /** An artist's top tracks. */
  tracksOf(token: string, artist: Artist): Promise<Track[]> {
    return this.shared.load(`spotify:tracks:${artist.id}`, TTL.artistTracks, async () => {
      const body = await this.get(`/artists/${artist.id}/top-tracks`, token, rawTopTracks, "artist tracks");
      return body.tracks.map((t) => reshapeTrack(t, artist));
    });
  }

  /** Audio features by track id (null where Spotify has none); failed batches are reported in `errors`. */
  featuresOf(token: string, trackIds: string[]) {
    return this.shared.loadMany<AudioFeatures>(
      trackIds,
      (id) => `spotify:features:${id}`,
      TTL.trackFeatures,
      FEATURES_BATCH,
      async (ids) => {
        const body = await this.get(`/audio-features?ids=${ids.join(",")}`, token, rawAudioFeaturesList, "track features");
        const found = new Map<string, AudioFeatures | null>();
        for (const f of body.audio_features) if (f) found.set(f.id, f); // already our type: the public API passes Spotify's object on as is
        return found;
      },
    );
  }

  private async get<S extends z.ZodType>(path: string, token: string, schema: S, capability: Capability): Promise<z.infer<S>> {
    const res = await this.http.request(this.apiUrl + path, { headers: { Authorization: `Bearer ${token}` } });
    if (res.status >= 200 && res.status < 300) {
      const parsed = schema.safeParse(res.body);
      if (parsed.success) return parsed.data;
      throw new UpstreamFailure(this.name, "malformed", `Spotify sent an unexpected answer for ${capability}`, res.status);
    }
    const message = rawError.safeParse(res.body).data?.error.message;
    if (res.status === 401) {
      throw new NotSignedInError(`Spotify rejected the access token${message ? `: ${message}` : ""}. Sign in again.`);
    }
    if (capability === "top artists" && res.status === 403) {
      throw new ListenerForbiddenError(
        `Spotify refused to share your top artists${message ? ` (${message})` : ""}. ` +
          "Apps in Spotify's development mode only serve listeners on their allow-list.",
      );
    }
    // 403 (2026) or 404 (2024-25): what Spotify answers new apps for endpoints it restricted.
    if (capability !== "top artists" && (res.status === 403 || res.status === 404)) {
      throw new CapabilityRestrictedError(this.name, capability, `Spotify refuses ${capability} to this app (${res.status}${message ? ` ${message}` : ""})`);
    }
    throw new UpstreamFailure(this.name, "server_error", `Spotify answered ${res.status} for ${capability}${message ? `: ${message}` : ""}`, res.status);
  }
}
