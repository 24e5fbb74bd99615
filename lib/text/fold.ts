// Folding names for comparison, written once: case and accents ignored. Artists and places use it
// with different care, on purpose:
// - an artist's name keeps other scripts' marks (Japanese dakuten change the word: カ ≠ ガ) and its
//   own letters (MØ is not Mo), so only the Latin, Greek and Cyrillic accents go (é → e);
// - a place's name is typed by people without those keys, so every mark goes and letters of their
//   own are spelled out (Tromsø → tromso, Straße → strasse).

/** Combining accents of the Latin, Greek and Cyrillic alphabets. */
const LATIN_ACCENTS = /[\u0300-\u036f]/g;
const ALL_MARKS = /\p{M}+/gu;

/** Letters of their own, as they are written without them. */
const SPELLED_OUT: Record<string, string> = {
  ß: "ss",
  ø: "o",
  Ø: "o",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ł: "l",
  Ł: "l",
  đ: "d",
  Đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const OWN_LETTERS = new RegExp(`[${Object.keys(SPELLED_OUT).join("")}]`, "g");

/** Lower case, compatibility forms unified (full-width ＡＢＣ → abc), accents of the Latin, Greek and Cyrillic alphabets dropped. */
export function foldAccents(s: string): string {
  return s.normalize("NFKD").toLowerCase().replace(LATIN_ACCENTS, "");
}

/** A place's name as people type it: any mark dropped, letters of their own spelled out, punctuation as spaces ("São Paulo" → "sao paulo"). */
export function foldPlaceName(s: string): string {
  return s
    .replace(OWN_LETTERS, (c) => SPELLED_OUT[c] ?? c)
    .normalize("NFKD")
    .replace(ALL_MARKS, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
