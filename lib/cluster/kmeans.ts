// Grouping artists into mixes: k-means over standardized sound vectors, k chosen by silhouette.
import { kmeans } from "ml-kmeans";
import { mulberry32 } from "@/lib/random/mulberry32";

/** Below this many artists, clusters would be noise; the caller tells the listener instead. */
export const MIN_ARTISTS_TO_CLUSTER = 4;

const DEFAULT_SEED = 20240611;
/** k-means++ restarts per k (each with its own derived seed); the lowest-inertia run wins. */
const RESTARTS = 5;
/** Silhouettes closer than this count as a tie, so float noise never picks a larger k. */
const TIE_EPSILON = 1e-9;

export interface ClusterResult {
  k: number;
  labels: number[];
  /** Mean silhouette of the chosen clustering; null when no clustering was attempted (k = 1). */
  silhouette: number | null;
}

export function clusterArtists(
  vectors: number[][],
  opts: { seed?: number; maxK?: number; minK?: number } = {},
): ClusterResult {
  const n = vectors.length;
  const single: ClusterResult = { k: 1, labels: new Array<number>(n).fill(0), silhouette: null };
  if (n < MIN_ARTISTS_TO_CLUSTER) return single;
  const dims = vectors[0]!.length;
  if (vectors.some((v) => v.length !== dims || v.some((x) => !Number.isFinite(x)))) {
    throw new RangeError("clusterArtists: vectors must be finite and of equal length");
  }

  // k can't exceed the number of distinct points (k-means++ would pick duplicate centres).
  const distinct = new Set(vectors.map((v) => v.join(","))).size;
  const maxK = Math.min(opts.maxK ?? Math.min(8, Math.floor(n / 2)), n - 1, distinct);
  if (maxK < 2) return single;

  const seed = opts.seed ?? DEFAULT_SEED;
  const distances = distanceMatrix(vectors); // shared by every k's silhouette
  let best: ClusterResult = single;
  for (let k = Math.min(Math.max(2, opts.minK ?? 2), maxK); k <= maxK; k++) {
    const labels = bestOfRestarts(vectors, k, seed);
    const k2 = new Set(labels).size; // an emptied cluster lowers the effective k
    if (k2 < 2) continue;
    const s = meanSilhouette(distances, labels);
    if (best.silhouette === null || s > best.silhouette + TIE_EPSILON) best = { k: k2, labels, silhouette: s };
  }
  return best;
}

function bestOfRestarts(vectors: number[][], k: number, seed: number): number[] {
  let bestLabels: number[] = [];
  let bestInertia = Infinity;
  for (let r = 0; r < RESTARTS; r++) {
    const res = kmeans(vectors, k, { initialization: kmeansPlusPlusCentres(vectors, k, seed + r * 7919 + k) });
    let inertia = 0;
    vectors.forEach((v, i) => (inertia += squaredDistance(v, res.centroids[res.clusters[i]!]!)));
    if (inertia < bestInertia - TIE_EPSILON) {
      bestInertia = inertia;
      bestLabels = res.clusters;
    }
  }
  return renumber(bestLabels);
}

/**
 * k-means++ seeding with our own seeded generator: each next centre is drawn with probability
 * proportional to its squared distance from the nearest chosen one. (ml-kmeans' built-in
 * k-means++ costs several times a whole clustering run; this is the same method, cheaply.)
 */
function kmeansPlusPlusCentres(vectors: number[][], k: number, seed: number): number[][] {
  const random = mulberry32(seed);
  const centres = [vectors[Math.floor(random() * vectors.length)]!];
  const nearest = vectors.map((v) => squaredDistance(v, centres[0]!));
  while (centres.length < k) {
    const total = nearest.reduce((a, b) => a + b, 0);
    let pick = random() * total;
    let index = nearest.findIndex((d) => (pick -= d) < 0);
    if (index < 0) index = nearest.findIndex((d) => d > 0); // float edge: take any point not yet a centre
    const centre = vectors[index]!;
    centres.push(centre);
    vectors.forEach((v, i) => (nearest[i] = Math.min(nearest[i]!, squaredDistance(v, centre))));
  }
  return centres.map((c) => [...c]);
}

/** Relabel by first appearance: the first vector is in cluster 0, the next new cluster is 1, … */
function renumber(labels: number[]): number[] {
  const map = new Map<number, number>();
  return labels.map((l) => {
    if (!map.has(l)) map.set(l, map.size);
    return map.get(l)!;
  });
}

/**
 * Mean silhouette (Euclidean) over all points. A point alone in its cluster scores 0;
 * with fewer than two clusters the score is 0.
 */
export function silhouette(vectors: number[][], labels: number[]): number {
  if (labels.length !== vectors.length) throw new RangeError("silhouette: one label per vector expected");
  return meanSilhouette(distanceMatrix(vectors), renumber(labels));
}

/** Euclidean distances between every pair, row by row. */
function distanceMatrix(vectors: number[][]): Float64Array[] {
  const n = vectors.length;
  const rows = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) rows[i]![j] = rows[j]![i] = Math.sqrt(squaredDistance(vectors[i]!, vectors[j]!));
  }
  return rows;
}

/** Labels are 0..k-1 here (renumbered), so sums per cluster fit in an array. */
function meanSilhouette(distances: Float64Array[], labels: number[]): number {
  const n = labels.length;
  const k = Math.max(-1, ...labels) + 1;
  if (n === 0 || new Set(labels).size < 2) return 0;
  const size = new Array<number>(k).fill(0);
  for (const l of labels) size[l]!++;

  let total = 0;
  const sums = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const own = labels[i]!;
    if (size[own] === 1) continue;
    sums.fill(0);
    const row = distances[i]!;
    for (let j = 0; j < n; j++) sums[labels[j]!]! += row[j]!; // row[i] is 0
    const a = sums[own]! / (size[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && size[c]! > 0) b = Math.min(b, sums[c]! / size[c]!);
    const m = Math.max(a, b);
    total += m === 0 ? 0 : (b - a) / m;
  }
  return total / n;
}

function squaredDistance(p: number[], q: number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i]! - q[i]!) ** 2;
  return s;
}
