import { describe, expect, it } from "vitest";
import { audioFeatures } from "@/lib/validations/audio-features";
import { reccobeatsFeatures } from "@/tests/sources/bodies/reccobeats";
import { rawFeaturesList, rawTrackFeatures } from "./raw-types";
import { reshapeFeatures } from "./reshape";

describe("ReccoBeats audio features", () => {
  it("become Spotify's audio-features object for the Spotify id, without duration or time signature", () => {
    const raw = rawTrackFeatures.parse(reccobeatsFeatures("4uLU6hMCjMI75M1A2tKUQC"));
    const features = reshapeFeatures("4uLU6hMCjMI75M1A2tKUQC", raw);
    expect(audioFeatures.parse(features)).toEqual(features);
    expect(features).toMatchObject({
      id: "4uLU6hMCjMI75M1A2tKUQC",
      uri: "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
      track_href: "https://api.spotify.com/v1/tracks/4uLU6hMCjMI75M1A2tKUQC",
      analysis_url: "https://api.spotify.com/v1/audio-analysis/4uLU6hMCjMI75M1A2tKUQC",
      type: "audio_features",
      danceability: 0.679,
      loudness: -5.428,
      key: 11,
      duration_ms: null,
      time_signature: null,
    });
  });

  it("checks items one by one", () => {
    const list = rawFeaturesList.parse({ content: [reccobeatsFeatures("a"), { id: "x", href: "https://open.spotify.com/track/b" }] });
    expect(list.content.map((item) => rawTrackFeatures.safeParse(item).success)).toEqual([true, false]);
  });
});
