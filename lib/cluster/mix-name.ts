// Human names for mixes ("Energetic & danceable", "Acoustic & calm", …) from their sound.
import type { SoundProfile } from "@/lib/domain/types";

/** At most 1, but not clamped below, so weak traits still rank by how close they come. */
const upTo1 = (x: number) => Math.min(1, x);
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

interface Trait {
  /** Traits of one family contradict or repeat each other; a name takes at most one per family. */
  family: string;
  word: (p: SoundProfile) => string;
  /**
   * How strongly the profile shows the trait, on Spotify's absolute scales: about 1 = clearly,
   * 0 = at the threshold of being noticeable for typical music, negative = not at all.
   */
  score: (p: SoundProfile) => number;
}

const energySal = (p: SoundProfile) => upTo1((p.energy - 0.55) / 0.35);
const danceSal = (p: SoundProfile) => upTo1((p.danceability - 0.5) / 0.3);

// Order matters only to break exact ties (earlier wins).
const TRAITS: Trait[] = [
  {
    // Loud, intense, not made for dancing: metal, hard rock.
    family: "energy",
    word: () => "heavy",
    score: (p) => energySal(p) * clamp01((p.loudness + 11) / 6) * clamp01((0.75 - p.danceability) / 0.35),
  },
  { family: "energy", word: () => "energetic", score: (p) => energySal(p) * (0.7 + 0.3 * clamp01(danceSal(p))) },
  {
    family: "energy",
    word: (p) => (p.acousticness >= 0.5 ? "calm" : "mellow"),
    score: (p) => 0.7 * upTo1((0.55 - p.energy) / 0.35) + 0.3 * clamp01((-8 - p.loudness) / 10),
  },
  { family: "texture", word: () => "acoustic", score: (p) => upTo1((p.acousticness - 0.35) / 0.5) },
  { family: "vocals", word: () => "instrumental", score: (p) => upTo1((p.instrumentalness - 0.25) / 0.5) },
  // Speechiness above ~0.33 is mostly spoken word/rap; typical songs sit below 0.1.
  { family: "vocals", word: () => "wordy", score: (p) => upTo1((p.speechiness - 0.1) / 0.2) },
  { family: "groove", word: (p) => (p.speechiness >= 0.2 ? "rhythmic" : "danceable"), score: danceSal },
  {
    // Danceable without vocals: techno, minimal, post-rock grooves.
    family: "groove",
    word: () => "hypnotic",
    score: (p) => upTo1((p.instrumentalness - 0.3) / 0.5) * clamp01((p.danceability - 0.45) / 0.3),
  },
  { family: "mood", word: () => "bright", score: (p) => upTo1((p.valence - 0.5) / 0.3) },
  {
    family: "mood",
    word: (p) => (p.energy >= 0.5 ? "dark" : "melancholic"),
    score: (p) => upTo1((0.45 - p.valence) / 0.3),
  },
  {
    family: "tempo",
    word: () => "upbeat",
    score: (p) => upTo1((p.tempo - 105) / 30) * clamp01((p.valence - 0.3) / 0.4),
  },
  { family: "tempo", word: () => "slow", score: (p) => upTo1((95 - p.tempo) / 25) },
  { family: "venue", word: () => "live", score: (p) => upTo1((p.liveness - 0.3) / 0.4) },
  // Secondary traits, damped: true but less telling. They give similar mixes honest
  // alternatives to fall back on ("Heavy & fast" rather than "Heavy & wordy").
  { family: "texture", word: () => "electric", score: (p) => 0.45 * upTo1((0.15 - p.acousticness) / 0.15) },
  { family: "tempo", word: () => "fast", score: (p) => 0.7 * upTo1((p.tempo - 125) / 25) },
  { family: "loudness", word: () => "loud", score: (p) => 0.5 * upTo1((p.loudness + 7) / 4) },
  { family: "loudness", word: () => "hushed", score: (p) => 0.5 * upTo1((-14 - p.loudness) / 6) },
];

/** Traits scoring at least this are actually audible; names built only from them come first. */
const AUDIBLE = 0.25;

/** How much a trait's deviation from the mixes' average counts, next to its absolute level. */
const RELATIVE_WEIGHT = 1;

interface Candidate {
  /** Indices into the ranked traits, best first. */
  traits: number[];
  score: number;
  /** The weakest trait's score (ranked order makes it the last one). */
  min: number;
}

/**
 * One short, unique name per mix. Each trait is scored on its absolute level plus how much
 * more (or less) this mix shows it than the others do, so different mixes lean on what sets
 * them apart. Mixes pick in order; a name already taken (same words, any order) makes the
 * mix fall back to its next best pair of traits. Deterministic.
 */
export function nameMixes(profiles: SoundProfile[]): string[] {
  if (profiles.length === 0) return [];
  const absolute = profiles.map((p) => TRAITS.map((t) => t.score(p)));
  const means = TRAITS.map((_, t) => absolute.reduce((s, row) => s + row[t]!, 0) / profiles.length);

  const taken = new Set<string>();
  return profiles.map((p, i) => {
    const scores = absolute[i]!.map((s, t) => s + RELATIVE_WEIGHT * (s - means[t]!));
    for (const words of candidates(p, scores)) {
      const key = [...words].sort().join("|");
      if (taken.has(key)) continue;
      taken.add(key);
      return formatName(words);
    }
    throw new Error(`nameMixes: ran out of distinct names for ${profiles.length} mixes`);
  });
}

/**
 * Names to try, best first: pairs of audible traits, then triples of audible traits, then any
 * pair, then any triple. Traits in one name come from different families. Lazy: the first
 * audible pair is nearly always free, so triples and words are made only when asked for.
 */
function* candidates(p: SoundProfile, scores: number[]): Generator<string[]> {
  // Traits ranked best first; sort is stable, so exact ties keep TRAITS order.
  const ranked = TRAITS.map((t, idx) => ({ t, s: scores[idx]! })).sort((a, b) => b.s - a.s);
  const words = (c: Candidate) => c.traits.map((i) => ranked[i]!.t.word(p));
  const audible = (c: Candidate) => c.min >= AUDIBLE;
  const pairs = combinations(ranked, 2);
  yield* pairs.filter(audible).map(words);
  const triples = combinations(ranked, 3);
  yield* triples.filter(audible).map(words);
  yield* pairs.filter((c) => !audible(c)).map(words);
  yield* triples.filter((c) => !audible(c)).map(words);
}

/** Every `size`-trait combination of distinct families, by total score (stable: ties keep rank order). */
function combinations(ranked: { t: Trait; s: number }[], size: 2 | 3): Candidate[] {
  const out: Candidate[] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === size) {
      const score = chosen.reduce((sum, i) => sum + ranked[i]!.s, 0);
      out.push({ traits: chosen, score, min: ranked[chosen[size - 1]!]!.s });
      return;
    }
    for (let i = from; i < ranked.length; i++) {
      if (chosen.some((c) => ranked[c]!.t.family === ranked[i]!.t.family)) continue;
      pick(i + 1, [...chosen, i]);
    }
  };
  pick(0, []);
  return out.sort((u, v) => v.score - u.score);
}

function formatName(words: string[]): string {
  const [first, ...rest] = words;
  const head = first!.charAt(0).toUpperCase() + first!.slice(1);
  if (rest.length === 0) return head;
  return [head, ...rest.slice(0, -1)].join(", ") + " & " + rest[rest.length - 1]!;
}
