import { describe, expect, it } from "vitest";
import { clusterArtists, MIN_ARTISTS_TO_CLUSTER, silhouette } from "./kmeans";

// Small deterministic PRNG for test data (mulberry32).
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function blobs(centres: number[][], perBlob: number, spread: number, seed = 1): number[][] {
  const r = rng(seed);
  const out: number[][] = [];
  for (let i = 0; i < perBlob; i++) for (const c of centres) out.push(c.map((x) => x + (r() - 0.5) * spread));
  return out;
}

describe("silhouette", () => {
  it("matches a hand-computed value", () => {
    // 1-D points 0, 1 | 10: a(0)=1, b(0)=10 → 0.9; a(1)=1, b(1)=9 → 8/9; singleton → 0.
    expect(silhouette([[0], [1], [10]], [0, 0, 1])).toBeCloseTo((0.9 + 8 / 9 + 0) / 3, 12);
  });
  it("is near 1 for tight, far-apart clusters and 0 for a single cluster", () => {
    expect(silhouette([[0], [0.01], [100], [100.01]], [0, 0, 1, 1])).toBeGreaterThan(0.99);
    expect(silhouette([[0], [1], [2]], [0, 0, 0])).toBe(0);
  });
  it("is negative for a clearly wrong labelling", () => {
    expect(silhouette([[0], [0.1], [10], [10.1]], [0, 1, 0, 1])).toBeLessThan(0);
  });
});

describe("clusterArtists", () => {
  const three = blobs([[0, 0, 0], [10, 0, 0], [0, 10, 5]], 5, 1);

  it("finds three well-separated groups", () => {
    const r = clusterArtists(three);
    expect(r.k).toBe(3);
    expect(r.silhouette).toBeGreaterThan(0.8);
    // blobs() interleaves the groups: index i belongs to group i % 3.
    expect(r.labels).toEqual(three.map((_, i) => i % 3));
  });

  it("numbers clusters by first appearance", () => {
    const reversed = [...three].reverse();
    const r = clusterArtists(reversed);
    expect(r.labels[0]).toBe(0);
    const firstSeen = [...new Set(r.labels)];
    expect(firstSeen).toEqual([...Array(r.k).keys()]);
  });

  it("is deterministic, also across runs (fixed expected output)", () => {
    const data = blobs([[0, 0], [3, 0], [0, 3], [3, 3]], 6, 2.5, 7);
    const a = clusterArtists(data);
    expect(clusterArtists(data)).toEqual(a);
    expect(clusterArtists(data, { seed: 123 }).k).toBeGreaterThanOrEqual(2);
    expect(a.k).toBe(4);
    expect(a.labels).toEqual(data.map((_, i) => i % 4));
    expect(a.silhouette).toBeCloseTo(0.4872027712870611, 12);
  });

  it("does not cluster fewer than MIN_ARTISTS_TO_CLUSTER artists", () => {
    expect(MIN_ARTISTS_TO_CLUSTER).toBe(4);
    expect(clusterArtists([[0], [10], [20]])).toEqual({ k: 1, labels: [0, 0, 0], silhouette: null });
    expect(clusterArtists([])).toEqual({ k: 1, labels: [], silhouette: null });
  });

  it("returns one mix when all vectors are equal", () => {
    expect(clusterArtists(Array.from({ length: 6 }, () => [1, 2, 3]))).toEqual({
      k: 1, labels: [0, 0, 0, 0, 0, 0], silhouette: null,
    });
  });

  it("copes with duplicate points (two distinct values)", () => {
    const r = clusterArtists([[0, 0], [5, 5], [0, 0], [5, 5], [0, 0], [5, 5]]);
    expect(r).toEqual({ k: 2, labels: [0, 1, 0, 1, 0, 1], silhouette: 1 });
  });

  it("respects maxK and never exceeds n - 1 or 8", () => {
    expect(clusterArtists(three, { maxK: 2 }).k).toBe(2);
    const r = clusterArtists(blobs([[0], [10], [20], [30], [40]], 1, 0));
    expect(r.k).toBeLessThanOrEqual(2); // n = 5 → default max floor(5/2) = 2
    const many = blobs(Array.from({ length: 12 }, (_, i) => [i * 100, 0]), 3, 1);
    expect(clusterArtists(many).k).toBe(8);
    expect(clusterArtists(many, { maxK: 50 }).k).toBe(12);
  });

  it("rejects ragged or non-finite vectors", () => {
    expect(() => clusterArtists([[0], [1], [2, 3], [4]])).toThrow(RangeError);
    expect(() => clusterArtists([[0], [1], [NaN], [4]])).toThrow(RangeError);
  });
});
