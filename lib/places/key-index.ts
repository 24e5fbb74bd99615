// Folded names, sorted once, each with the entries (numbers the gazetteer gives meaning to) filed
// under it. A prefix is found by binary search; names within a typo or two of what was typed by
// walking the sorted list as a trie, with one edit-distance row per letter of the name, so names
// that share a start share the work and a hopeless start skips every name that begins with it.
// Kept as one string and typed arrays: a fraction of the memory of half a million strings and
// lists, and nothing for the garbage collector to walk.

export interface KeyIndex {
  /** The keys in sorted order, each followed by "\n" (folded names hold none). */
  text: string;
  /** Where key i starts in `text`; the last element is text.length. */
  keyStart: Int32Array;
  /** Entries of key i: entries[entryStart[i]] up to entries[entryStart[i + 1]]. */
  entryStart: Int32Array;
  entries: Int32Array;
}

const SEP = "\n";
/** Sorts after every character a folded name can hold. */
const AFTER = "\uffff";

export function buildKeyIndex(filed: Map<string, number[]>): KeyIndex {
  const keys = [...filed.keys()].sort();
  const lists = keys.map((k) => filed.get(k)!);
  const keyStart = new Int32Array(keys.length + 1);
  const entryStart = new Int32Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) {
    keyStart[i + 1] = keyStart[i]! + keys[i]!.length + 1;
    entryStart[i + 1] = entryStart[i]! + lists[i]!.length;
  }
  const entries = new Int32Array(entryStart[keys.length]!);
  lists.forEach((list, i) => entries.set(list, entryStart[i]!));
  return { text: keys.join(SEP) + SEP, keyStart, entryStart, entries };
}

export const keyCount = (index: KeyIndex) => index.keyStart.length - 1;
export const keyLength = (index: KeyIndex, i: number) => index.keyStart[i + 1]! - index.keyStart[i]! - 1;
export const keyAt = (index: KeyIndex, i: number) => index.text.slice(index.keyStart[i]!, index.keyStart[i + 1]! - 1);

/** The first key not sorting before `s`. */
function lowerBound(index: KeyIndex, s: string): number {
  let lo = 0;
  let hi = keyCount(index);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(index, mid) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keys starting with `prefix`: [from, to). */
export function prefixRange(index: KeyIndex, prefix: string): [number, number] {
  return [lowerBound(index, prefix), lowerBound(index, prefix + AFTER)];
}

/** Whether key j starts with the first `n` letters of key i. */
function sharesStart(index: KeyIndex, i: number, j: number, n: number): boolean {
  if (keyLength(index, j) < n) return false;
  const { text, keyStart } = index;
  const a = keyStart[i]!;
  const b = keyStart[j]!;
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** The first key after i that does not start with key i's first `n` letters (galloping search). */
function afterStart(index: KeyIndex, i: number, n: number): number {
  const count = keyCount(index);
  let lo = i; // shares the start
  let step = 1;
  while (lo + step < count && sharesStart(index, i, lo + step, n)) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, count); // does not share it, or the end
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (sharesStart(index, i, mid, n)) lo = mid;
    else hi = mid;
  }
  return hi;
}

export function forEachEntry(index: KeyIndex, key: number, visit: (entry: number) => void): void {
  for (let e = index.entryStart[key]!; e < index.entryStart[key + 1]!; e++) visit(index.entries[e]!);
}

/**
 * Every key in [from, to) that starts with something within `maxEdits` edits of `query` (a
 * letter added, dropped, changed, or two neighbours swapped). `prefixEdits` is the fewest edits
 * that turn the query into a start of the key; `wholeEdits` those that turn it into the whole
 * key, or -1 when more than maxEdits.
 */
export function forEachNear(
  index: KeyIndex,
  query: string,
  maxEdits: number,
  visit: (key: number, prefixEdits: number, wholeEdits: number) => void,
  [from, to]: [number, number] = [0, keyCount(index)],
): void {
  const m = query.length;
  const maxDepth = m + maxEdits; // a start longer than this is more than maxEdits away
  const width = m + 1;
  // rows[d * width + j]: edits between the key's first d letters and the query's first j.
  const rows = new Int32Array((maxDepth + 1) * width);
  const rowMin = new Int32Array(maxDepth + 1);
  const bestPrefix = new Int32Array(maxDepth + 1); // fewest edits to any start of length ≤ d
  for (let j = 0; j <= m; j++) rows[j] = j;
  rowMin[0] = 0;
  bestPrefix[0] = m;
  const { text, keyStart } = index;
  let prev = -1; // the key whose rows are filled in, up to `filled`
  let filled = 0;

  const visitRange = (from: number, to: number, edits: number) => {
    for (let k = from; k < to; k++) visit(k, edits, -1);
  };

  for (let i = from; i < to; ) {
    const start = keyStart[i]!;
    const len = keyLength(index, i);
    let d = 0;
    if (prev >= 0) {
      const prevStart = keyStart[prev]!;
      while (d < filled && d < len && text.charCodeAt(start + d) === text.charCodeAt(prevStart + d)) d++;
    }
    prev = i;
    const depth = Math.min(len, maxDepth);
    let skipAt = -1; // a depth where no longer start can come within maxEdits
    for (d = d + 1; d <= depth; d++) {
      const c = text.charCodeAt(start + d - 1);
      const row = d * width;
      const up = row - width;
      rows[row] = d;
      let min = d;
      for (let j = 1; j <= m; j++) {
        const q = query.charCodeAt(j - 1);
        let v = Math.min(rows[up + j]! + 1, rows[row + j - 1]! + 1, rows[up + j - 1]! + (q === c ? 0 : 1));
        if (d > 1 && j > 1 && q === text.charCodeAt(start + d - 2) && query.charCodeAt(j - 2) === c) {
          v = Math.min(v, rows[up - width + j - 2]! + 1);
        }
        rows[row + j] = v;
        if (v < min) min = v;
      }
      rowMin[d] = min;
      bestPrefix[d] = Math.min(bestPrefix[d - 1]!, rows[row + m]!);
      // A swap reaches back two rows, so both must be out of reach.
      if (min > maxEdits && rowMin[d - 1]! + 1 > maxEdits) {
        skipAt = d;
        break;
      }
    }
    filled = skipAt >= 0 ? skipAt : depth;
    if (skipAt < 0 && len <= maxDepth) {
      const prefixEdits = bestPrefix[len]!;
      const whole = rows[len * width + m]!;
      if (prefixEdits <= maxEdits) visit(i, prefixEdits, whole <= maxEdits ? whole : -1);
      i++;
      continue;
    }
    // Every key starting with these `filled` letters ends the same way.
    const end = Math.min(afterStart(index, i, filled), to);
    const edits = bestPrefix[filled]!;
    if (edits <= maxEdits) visitRange(i, end, edits);
    i = end;
  }
}
