import { describe, expect, it } from "vitest";
import type { SoundProfile } from "@/lib/domain/types";
import { meanProfile } from "./feature-vectors";
import { nameMixes } from "./mix-name";

const profile = (p: SoundProfile) => p;
const techno = profile({
  danceability: 0.75, energy: 0.85, loudness: -8, speechiness: 0.06, acousticness: 0.01,
  instrumentalness: 0.85, liveness: 0.1, valence: 0.25, tempo: 128,
});
const jazz = profile({
  danceability: 0.45, energy: 0.25, loudness: -15, speechiness: 0.05, acousticness: 0.85,
  instrumentalness: 0.6, liveness: 0.2, valence: 0.4, tempo: 110,
});
const classical = profile({
  danceability: 0.25, energy: 0.1, loudness: -24, speechiness: 0.04, acousticness: 0.97,
  instrumentalness: 0.9, liveness: 0.12, valence: 0.15, tempo: 95,
});
const metal = profile({
  danceability: 0.35, energy: 0.95, loudness: -4, speechiness: 0.08, acousticness: 0.001,
  instrumentalness: 0.1, liveness: 0.2, valence: 0.3, tempo: 140,
});
const hipHop = profile({
  danceability: 0.8, energy: 0.65, loudness: -6, speechiness: 0.3, acousticness: 0.15,
  instrumentalness: 0, liveness: 0.15, valence: 0.5, tempo: 95,
});
const sunnyPop = profile({
  danceability: 0.65, energy: 0.7, loudness: -5, speechiness: 0.05, acousticness: 0.1,
  instrumentalness: 0, liveness: 0.12, valence: 0.85, tempo: 135,
});
const sadSongwriter = profile({
  danceability: 0.45, energy: 0.3, loudness: -11, speechiness: 0.04, acousticness: 0.3,
  instrumentalness: 0.02, liveness: 0.1, valence: 0.15, tempo: 80,
});
const liveAlbum = profile({
  danceability: 0.45, energy: 0.75, loudness: -7, speechiness: 0.08, acousticness: 0.2,
  instrumentalness: 0.05, liveness: 0.9, valence: 0.45, tempo: 118,
});

const words = (name: string) => name.toLowerCase().split(/[^a-z]+/).filter(Boolean);
const one = (p: SoundProfile) => nameMixes([p])[0]!;

describe("nameMixes on a single mix (absolute levels only)", () => {
  it("calls techno energetic, danceable, instrumental or hypnotic", () => {
    expect(words(one(techno)).some((w) => ["energetic", "danceable", "instrumental", "hypnotic"].includes(w))).toBe(true);
  });
  it("calls jazz and classical acoustic & calm", () => {
    expect(one(jazz)).toBe("Acoustic & calm");
    expect(words(one(classical))).toContain("acoustic");
  });
  it("calls metal heavy", () => {
    expect(words(one(metal))).toContain("heavy");
  });
  it("calls hip-hop wordy & rhythmic", () => {
    expect(words(one(hipHop)).sort()).toEqual(["rhythmic", "wordy"]);
  });
  it("calls sunny pop bright & upbeat, a sad songwriter melancholic, a live record live", () => {
    expect(one(sunnyPop)).toBe("Bright & upbeat");
    expect(words(one(sadSongwriter))).toContain("melancholic");
    expect(words(one(sadSongwriter)).some((w) => ["mellow", "slow"].includes(w))).toBe(true);
    expect(words(one(liveAlbum))).toContain("live");
  });
  it("formats as 'Word & word'", () => {
    for (const p of [techno, jazz, metal, hipHop]) expect(one(p)).toMatch(/^[A-Z][a-z]+ & [a-z]+$/);
  });
});

describe("nameMixes on several mixes", () => {
  const all = [techno, jazz, classical, metal, hipHop, sunnyPop, sadSongwriter, liveAlbum];

  it("keeps genre-typical names alongside other mixes, all unique", () => {
    const names = nameMixes(all);
    expect(new Set(names).size).toBe(all.length);
    expect(words(names[3]!)).toContain("heavy");
    expect(words(names[4]!)).toContain("wordy");
    expect(words(names[1]!)).toContain("acoustic");
    expect(names.join()).not.toMatch(/#|\d/);
  });

  it("gives near-identical mixes different names, without numbering", () => {
    const twin = { ...techno, energy: techno.energy + 0.01, valence: techno.valence - 0.01 };
    const names = nameMixes([techno, twin, techno]);
    expect(new Set(names).size).toBe(3);
    for (const n of names) expect(n).not.toMatch(/#|\d/);
  });

  it("never repeats the same words in another order", () => {
    const names = nameMixes(Array.from({ length: 8 }, () => metal));
    const keys = names.map((n) => words(n).sort().join(" "));
    expect(new Set(keys).size).toBe(8);
    // …and falls back on traits metal really has, not on ones it lacks.
    for (const n of names) expect(words(n).some((w) => ["wordy", "instrumental", "acoustic", "hypnotic"].includes(w)), n).toBe(false);
  });

  it("still finds unique names for many identical mixes", () => {
    const names = nameMixes(Array.from({ length: 60 }, () => jazz));
    expect(new Set(names).size).toBe(60);
  });

  it("leans on what sets a mix apart from the others", () => {
    // Two energetic mixes; the one with far more speech should be named for it.
    const rap = { ...techno, speechiness: 0.35, instrumentalness: 0 };
    expect(words(nameMixes([techno, rap])[1]!)).toContain("wordy");
  });

  it("is deterministic", () => {
    expect(nameMixes(all)).toEqual(nameMixes(all));
    expect(nameMixes([])).toEqual([]);
  });
});

describe("meanProfile of a mix's artists", () => {
  it("averages each feature", () => {
    const avg = meanProfile([metal, jazz]);
    expect(avg.energy).toBeCloseTo(0.6);
    expect(avg.loudness).toBeCloseTo(-9.5);
    expect(avg.tempo).toBeCloseTo(125);
  });
  it("throws on no profiles", () => {
    expect(() => meanProfile([])).toThrow(RangeError);
  });
});
