// Placing a new artist by its sound among a listener's mixes: it joins the mix whose artists it
// sounds most like, and only when it is as close to them as they are to one another.

/** How many of a mix's artists a newcomer is compared with (and named after: "sounds like X and Y"). */
const NEIGHBOURS = 2;
/** A mix takes a newcomer as close to its artists as this share of its own artists are to their nearest fellows. */
const REACH_QUANTILE = 0.9;

export interface MixSounds {
  /** The standardized sound of each of the mix's artists that has one. */
  members: number[][];
}

export interface Placement {
  mix: number;
  /** Mean distance to the nearest members (lower is closer). */
  distance: number;
  /** Indexes (in `members`) of the nearest members, nearest first. */
  nearest: number[];
}

function distance(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(sum);
}

/** The nearest `NEIGHBOURS` of `v` among `members` (skipping index `self`), with their mean distance. */
function nearestOf(v: number[], members: number[][], self = -1): { distance: number; nearest: number[] } | null {
  const ranked = members
    .map((m, i) => ({ i, d: distance(v, m) }))
    .filter((x) => x.i !== self)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, NEIGHBOURS);
  if (ranked.length === 0) return null;
  return { distance: ranked.reduce((s, x) => s + x.d, 0) / ranked.length, nearest: ranked.map((x) => x.i) };
}

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * How far each mix reaches: how close its own artists are to their nearest fellows (leaving each
 * one out in turn). A mix of one artist has no spread of its own and borrows the typical one.
 */
export function mixReaches(mixes: MixSounds[]): number[] {
  const own = mixes.map((mix) => {
    const d = mix.members.map((m, i) => nearestOf(m, mix.members, i)?.distance).filter((x): x is number => x !== undefined);
    return d.length ? quantile(d.sort((a, b) => a - b), REACH_QUANTILE) : NaN;
  });
  const known = own.filter((r) => Number.isFinite(r)).sort((a, b) => a - b);
  const typical = known.length ? quantile(known, 0.5) : 0;
  return own.map((r) => (Number.isFinite(r) ? r : typical));
}

/** The mix `v` sounds most like, among those `allowed`, when it is within that mix's reach; null when it fits none. */
export function placeSound(mixes: MixSounds[], reach: number[], v: number[], allowed: (mix: number) => boolean = () => true): Placement | null {
  let best: Placement | null = null;
  mixes.forEach((mix, index) => {
    if (!allowed(index)) return;
    const near = nearestOf(v, mix.members);
    if (!near || near.distance > reach[index]!) return;
    if (!best || near.distance < best.distance) best = { mix: index, ...near };
  });
  return best;
}
