// Small seeded PRNG helpers (over the app's mulberry32). Pure and deterministic.

import { mulberry32 } from "../../lib/random/mulberry32";

export type Rng = () => number;

export { mulberry32 };

/** Derive an independent stream from a seed and a label (FNV-1a over the label). */
export function subRng(seed: number, label: string): Rng {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Mix the seed in again so labels with different seeds diverge strongly.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return mulberry32((h ^ (h >>> 16)) >>> 0);
}

/** FNV-1a 32-bit hash with a final avalanche: for per-item choices that must not depend on generation order. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A stable fraction in [0, 1) for a label, e.g. to pick a share of items by id. */
export function hashFraction(label: string): number {
  return hashString(label) / 0x1_0000_0000;
}

/** A version-4-shaped UUID derived from a label (same label, same UUID). */
export function uuidFrom(label: string): string {
  const hex = [0, 1, 2, 3].map((k) => hashString(`${label}:${k}`).toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[parseInt(hex[16] ?? "0", 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function randFloat(rng: Rng, min: number, max: number): number {
  return min + rng() * (max - min);
}

/** Approximately normal (Irwin–Hall with 4 samples), mean 0, sd ~1. */
export function gauss(rng: Rng): number {
  return (rng() + rng() + rng() + rng() - 2) * Math.sqrt(3);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick from empty list");
  return items[Math.floor(rng() * items.length)] as T;
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** Fisher–Yates shuffle, returns a new array. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** Pick n distinct items (order random). */
export function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  return shuffle(rng, items).slice(0, Math.max(0, Math.min(n, items.length)));
}

export function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const BASE62_CODES = Array.from("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", (c) => c.charCodeAt(0));

/** Spotify-style 22-character base62 id. Built from char codes: a flat string, cheap to hash into a Set. */
export function base62Id(rng: Rng, length = 22): string {
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) codes[i] = BASE62_CODES[Math.floor(rng() * 62)] as number;
  return String.fromCharCode(...codes);
}

/** Issues unique base62 ids from one stream. */
export function idFactory(rng: Rng): () => string {
  const seen = new Set<string>();
  return () => {
    for (;;) {
      const id = base62Id(rng);
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}
