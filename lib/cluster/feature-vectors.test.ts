import { describe, expect, it } from "vitest";
import { SOUND_FEATURES, type AudioFeatures, type SoundProfile } from "@/lib/domain/types";
import { meanProfile, profileVector, standardize } from "./feature-vectors";

function track(over: Partial<AudioFeatures>): AudioFeatures {
  return {
    id: "t", uri: "spotify:track:t", track_href: "", analysis_url: "", type: "audio_features",
    danceability: 0.5, energy: 0.5, key: 0, loudness: -10, mode: 1, speechiness: 0.05,
    acousticness: 0.2, instrumentalness: 0, liveness: 0.1, valence: 0.5, tempo: 120,
    duration_ms: 200_000, time_signature: 4, ...over,
  };
}

describe("meanProfile of an artist's tracks", () => {
  it("averages each sound feature over the tracks", () => {
    const p = meanProfile([track({ energy: 0.2, tempo: 100 }), track({ energy: 0.6, tempo: 140, loudness: -6 })]);
    expect(p.energy).toBeCloseTo(0.4);
    expect(p.tempo).toBeCloseTo(120);
    expect(p.loudness).toBeCloseTo(-8);
    expect(Object.keys(p).sort()).toEqual([...SOUND_FEATURES].sort());
  });
  it("ignores non-sound fields like key and duration", () => {
    expect(Object.keys(meanProfile([track({})]))).not.toContain("key");
  });
  it("throws on no tracks", () => {
    expect(() => meanProfile([])).toThrow(RangeError);
  });
});

describe("profileVector", () => {
  it("follows SOUND_FEATURES order", () => {
    const p = Object.fromEntries(SOUND_FEATURES.map((f, i) => [f, i])) as SoundProfile;
    expect(profileVector(p)).toEqual(SOUND_FEATURES.map((_, i) => i));
  });
});

describe("standardize", () => {
  it("z-scores each column with population std", () => {
    const z = standardize([[1, 10], [2, 20], [3, 30]]);
    const s = Math.sqrt(2 / 3);
    expect(z.map((r) => r[0])).toEqual([-1 / s, 0, 1 / s].map((v) => expect.closeTo(v, 12)));
    expect(z.map((r) => r[1])).toEqual(z.map((r) => expect.closeTo(r[0]!, 12)));
  });
  it("gives mean 0 and std 1 per column", () => {
    const z = standardize([[0.1, -5], [0.9, -12], [0.4, -7], [0.3, -30]]);
    for (const j of [0, 1]) {
      const col = z.map((r) => r[j]!);
      const mean = col.reduce((a, b) => a + b, 0) / col.length;
      const variance = col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length;
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(1, 12);
    }
  });
  it("turns a constant column into zeros (also with float noise)", () => {
    const z = standardize([[0.1, 1], [0.1, 2], [0.1, 3]]);
    expect(z.map((r) => r[0])).toEqual([0, 0, 0]);
    expect(standardize([[0.7], [0.7]])).toEqual([[0], [0]]);
  });
  it("handles empty input and rejects ragged rows", () => {
    expect(standardize([])).toEqual([]);
    expect(() => standardize([[1, 2], [3]])).toThrow(RangeError);
  });
});
