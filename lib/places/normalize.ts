// Names folded for matching: case and accents ignored ("São Paulo" → "sao paulo",
// "Zürich" → "zurich"), punctuation treated as spaces.
const SPECIAL: Record<string, string> = {
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

export function foldName(s: string): string {
  return s
    .replace(/[ßøØæÆœŒłŁđĐðþı]/g, (c) => SPECIAL[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
