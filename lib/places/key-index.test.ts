import { describe, expect, it } from "vitest";
import { buildKeyIndex, forEachEntry, forEachNear, keyAt, keyCount, prefixRange } from "./key-index";

/** Edits between a and b: a letter added, dropped or changed, or two neighbours swapped. */
function edits(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const indexOf = (keys: string[]) => buildKeyIndex(new Map(keys.map((k, i) => [k, [i, i + 100]])));

describe("key index", () => {
  const keys = ["london", "londonderry", "lund", "lyon", "lodz", "new york", "york", "london", "berlin", "bern", "bremen"];
  const index = indexOf(keys);

  it("keeps each key once, sorted, with its entries", () => {
    const all = Array.from({ length: keyCount(index) }, (_, i) => keyAt(index, i));
    expect(all).toEqual([...new Set(keys)].sort());
    const found: number[] = [];
    forEachEntry(index, all.indexOf("york"), (e) => found.push(e));
    expect(found).toEqual([6, 106]);
  });

  it("finds the keys starting with a prefix", () => {
    const [from, to] = prefixRange(index, "lon");
    expect(Array.from({ length: to - from }, (_, i) => keyAt(index, from + i))).toEqual(["london", "londonderry"]);
    expect(prefixRange(index, "zz")[0]).toBe(prefixRange(index, "zz")[1]);
  });

  it("finds every key within the typos allowed, as a brute force does, in all keys or in a range", () => {
    const words = ["amsterdam", "amstelveen", "rotterdam", "london", "lodnon", "londen", "lund", "lyon", "paris", "parys", "pari", "bari", "philadelphia", "filadelfia", "new york city", "newark", "york", "wien", "wiener neustadt", "vienna"];
    const near = indexOf(words);
    for (const query of ["londn", "lodnon", "amstredam", "philadelfia", "pari", "wien", "new yrok", "zzzz", "amst"]) {
      for (const maxEdits of [0, 1, 2]) {
        for (const sameStart of [false, true]) {
          const found = new Map<string, [number, number]>();
          const range = sameStart ? prefixRange(near, query[0]!) : undefined;
          forEachNear(near, query, maxEdits, (k, prefixEdits, wholeEdits) => found.set(keyAt(near, k), [prefixEdits, wholeEdits]), range);
          const expected = new Map<string, [number, number]>();
          for (const w of words) {
            if (sameStart && w[0] !== query[0]) continue;
            const prefixEdits = Math.min(...Array.from({ length: w.length + 1 }, (_, n) => edits(query, w.slice(0, n))));
            const whole = edits(query, w);
            if (prefixEdits <= maxEdits) expected.set(w, [prefixEdits, whole <= maxEdits ? whole : -1]);
          }
          expect([...found].sort(), `${query} within ${maxEdits}${sameStart ? ", same first letter" : ""}`).toEqual([...expected].sort());
        }
      }
    }
  });
});
