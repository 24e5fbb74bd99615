// Turning Spotify audio features into numeric vectors for clustering.
import { SOUND_FEATURES, type SoundProfile } from "@/lib/domain/types";

/**
 * Mean of each sound feature: over an artist's tracks (their audio features), or over several
 * profiles (a mix's artists). Throws on an empty list (no mean exists).
 */
export function meanProfile(items: SoundProfile[]): SoundProfile {
  if (items.length === 0) throw new RangeError("meanProfile: nothing to average");
  const profile = {} as SoundProfile;
  for (const f of SOUND_FEATURES) {
    let sum = 0;
    for (const item of items) sum += item[f];
    profile[f] = sum / items.length;
  }
  return profile;
}

/** The profile as a vector, in SOUND_FEATURES order. */
export function profileVector(p: SoundProfile): number[] {
  return SOUND_FEATURES.map((f) => p[f]);
}

/**
 * Z-score each column (population std), so loudness in dB and tempo in BPM weigh no more
 * than the 0..1 features. A (near-)constant column carries no information and becomes 0s.
 */
export function standardize(rows: number[][]): number[][] {
  return rows.map(standardizer(rows));
}

/**
 * The z-scoring `standardize` applies to `rows`, as a function, so that other vectors (a
 * performer's sound) can be placed in the same space as the rows.
 */
export function standardizer(rows: number[][]): (row: number[]) => number[] {
  const n = rows.length;
  if (n === 0) return (row) => row.map(() => 0);
  const dims = rows[0]!.length;
  if (rows.some((r) => r.length !== dims)) throw new RangeError("standardize: rows differ in length");

  const means = new Array<number>(dims).fill(0);
  for (const r of rows) r.forEach((v, j) => (means[j]! += v / n));
  const stds = new Array<number>(dims).fill(0);
  for (const r of rows) r.forEach((v, j) => (stds[j]! += (v - means[j]!) ** 2 / n));
  for (let j = 0; j < dims; j++) stds[j] = Math.sqrt(stds[j]!);

  // Float noise makes a constant column's std ~1e-17 rather than 0; treat that as constant.
  const constant = stds.map((s, j) => s <= 1e-12 * Math.max(1, Math.abs(means[j]!)));
  return (row) => row.map((v, j) => (constant[j] ? 0 : (v - means[j]!) / stds[j]!));
}
