import { describe, expect, it } from "vitest";
import { bestMatch, isSameArtist, normalizeArtistName } from "./artist-names";

describe("normalizeArtistName", () => {
  it.each([
    ["Beyoncé", "beyonce"],
    ["  The   National ", "national"],
    ["Simon & Garfunkel", "simon and garfunkel"],
    ["Florence + The Machine", "florence and the machine"],
    ["C+C Music Factory", "c and c music factory"],
    ["Guns N' Roses", "guns n roses"],
    ["R.E.M.", "rem"],
    ["Jay-Z", "jay z"],
    ["AC/DC", "ac dc"],
    ["Earth, Wind & Fire", "earth wind and fire"],
    ["Mötley Crüe", "motley crue"],
    ["Sigur Rós", "sigur ros"],
    ["ＡＢＣ", "abc"], // full-width letters (NFKD)
    ["İlhan", "ilhan"],
    ["MØ", "mø"], // Ø is a letter of its own, not an accented O
    ["坂本龍一", "坂本龍一"],
    ["きゃりーぱみゅぱみゅ", "きゃりーぱみゅぱみゅ"],
    ["방탄소년단", "방탄소년단"],
    ["Кино", "кино"],
    ["Μάνος Χατζιδάκις", "μανος χατζιδακις"],
    ["فيروز", "فيروز"],
    ["🎸 Emoji Band!", "emoji band"],
    ["The The", "the"],
    ["The", "the"],
    ["The-Dream", "the dream"], // "the" joined to the name is part of it
    ["!!!", "!!!"],
    ["  !!! ", "!!!"],
    ["¡¡¡", "¡¡¡"],
  ])("%s → %s", (name, normalized) => {
    expect(normalizeArtistName(name)).toBe(normalized);
  });

  it("never collapses a non-Latin name to nothing", () => {
    for (const name of ["坂本龍一", "방탄소년단", "Кино", "Μάνος", "فيروز", "किशोर कुमार", "ガガ"]) {
      expect(normalizeArtistName(name)).not.toBe("");
    }
  });
});

describe("isSameArtist", () => {
  it.each([
    ["The National", "National"],
    ["the national", "THE NATIONAL"],
    ["Simon & Garfunkel", "Simon and Garfunkel"],
    ["Florence + the Machine", "Florence and The Machine"],
    ["Beyoncé", "Beyonce"],
    ["BEYONCÉ", "beyoncé"],
    ["Guns N' Roses", "Guns N’ Roses"],
    ["Jay-Z", "JAY Z"],
    ["AC/DC", "AC-DC"],
    ["X", "x"],
    ["U2", "u2"],
    ["MØ", "mø"],
    ["!!!", "!!!"],
    ["Sigur Rós", "Sigur Ros"],
    ["坂本龍一", "坂本龍一"],
    ["Кино", "КИНО"],
    ["Μάνος Χατζιδάκις", "ΜΑΝΟΣ ΧΑΤΖΙΔΑΚΙΣ"],
  ])("%s = %s", (a, b) => {
    expect(isSameArtist(a, b)).toBe(true);
    expect(isSameArtist(b, a)).toBe(true);
  });

  it.each([
    ["Drake", "Drake White"],
    ["Queen", "A Tribute to Queen"],
    ["Queen", "Queen Tribute Band"],
    ["Queen", "Queen + Adam Lambert"],
    ["X", "XX"],
    ["X", "The xx"],
    ["U2", "U2 Tribute"],
    ["MØ", "Mo"],
    ["!!!", "!!"],
    ["!!!", "¡¡¡"],
    ["!!!", ""],
    ["Blink-182", "Blink"],
    ["ガガ", "カカ"], // dakuten are not accents
    ["Кино", "Кина"],
    ["坂本龍一", "坂本"],
    ["The Weeknd", "Weekend"],
  ])("%s ≠ %s", (a, b) => {
    expect(isSameArtist(a, b)).toBe(false);
    expect(isSameArtist(b, a)).toBe(false);
  });
});

describe("bestMatch", () => {
  const candidates = [
    { id: 1, name: "Queen + Adam Lambert" },
    { id: 2, name: "Queen Tribute Band" },
    { id: 3, name: "QUEEN" },
    { id: 4, name: "Queen" },
  ];

  it("returns the first candidate that is the same artist", () => {
    expect(bestMatch("Queen", candidates, (c) => c.name)?.id).toBe(3);
  });

  it("returns null rather than a near miss", () => {
    expect(bestMatch("Queens of the Stone Age", candidates, (c) => c.name)).toBeNull();
    expect(bestMatch("Queen", [], (c: { name: string }) => c.name)).toBeNull();
  });
});
