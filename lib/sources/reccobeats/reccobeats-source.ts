import type { AudioFeatures } from "@/lib/domain/types";
import type { ListenerRequest, TrackFeaturesSource } from "@/lib/domain/ports";
import { TTL } from "@/lib/cache/ttl";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { UpstreamClient } from "@/lib/http/upstream-client";
import { eachValid, expectAnswer } from "../answer";
import { spotifyIdFromLink } from "../spotify-links";
import { reccobeatsMetadata } from "./metadata";
import { rawFeaturesList, rawTrackFeatures } from "./raw-types";
import { reshapeFeatures } from "./reshape";

const FEATURES_BATCH = 40; // ReccoBeats' maximum ids per /audio-features call

/** ReccoBeats (no key) as a source of audio features for Spotify track ids. */
export class ReccoBeatsSource implements TrackFeaturesSource {
  readonly id = reccobeatsMetadata.id;
  readonly label = reccobeatsMetadata.label;

  constructor(
    private readonly baseUrl: string,
    private readonly http: UpstreamClient,
    private readonly shared: SharedLoader,
  ) {}

  /** Features by Spotify track id (null where ReccoBeats has none); failed batches are reported in `errors`. */
  featuresOf(_req: ListenerRequest, trackIds: string[]) {
    return this.shared.loadMany<AudioFeatures>(
      trackIds,
      (id) => `reccobeats:features:${id}`,
      TTL.trackFeatures,
      FEATURES_BATCH,
      (ids) => this.fetchBatch(ids),
    );
  }

  // Unknown ids are left out of the answer and the order is not promised: match results by the
  // Spotify id in `href`, never by position.
  private async fetchBatch(ids: string[]): Promise<Map<string, AudioFeatures | null>> {
    const url = `${this.baseUrl}/audio-features?ids=${ids.map(encodeURIComponent).join(",")}`;
    const list = expectAnswer(this, await this.http.request(url), rawFeaturesList);
    const asked = new Set(ids);
    const found = new Map<string, AudioFeatures | null>();
    const byId = eachValid(list.content, rawTrackFeatures, (raw) => {
      const spotifyId = spotifyIdFromLink(raw.href, "track");
      return spotifyId && asked.has(spotifyId) ? reshapeFeatures(spotifyId, raw) : null;
    });
    for (const features of byId) if (!found.has(features.id)) found.set(features.id, features);
    return found;
  }
}
