import { describe, expect, it } from "vitest";
import { decodeArtistName } from "@/sandbox/server/bandsintown";
import { encodeArtistName } from "./artist-name";

describe("encodeArtistName", () => {
  it.each([
    ["AC/DC", "AC%252FDC"],
    ["Why?", "Why%253F"],
    ["Star*Field", "Star%252AField"],
    ['The "Q" Band', "The%20%2522Q%2522%20Band"],
    ["!!!", "!!!"],
    ["Sigur Rós", "Sigur%20R%C3%B3s"],
    ["坂本龍一", "%E5%9D%82%E6%9C%AC%E9%BE%8D%E4%B8%80"],
    ["Beyoncé & Jay-Z", "Beyonc%C3%A9%20%26%20Jay-Z"],
    ["Guns N' Roses", "Guns%20N'%20Roses"],
    ["100% Hits #1", "100%25%20Hits%20%231"],
    ["Earth, Wind & Fire", "Earth%2C%20Wind%20%26%20Fire"],
  ])("%s → %s", (name, encoded) => {
    expect(encodeArtistName(name)).toBe(encoded);
  });
});

describe("encodeArtistName against the sandbox's Bandsintown, which decodes as theirs does", () => {
  it("round-trips tricky names", () => {
    const names = [
      "AC/DC", "Why?", "Star*Field", 'The "Q" Band', "!!!", "Sigur Rós", "坂本龍一", "Beyoncé & Jay-Z",
      "Florence + The Machine", "M83", "Sunn O)))", "100% Hits #1", "a/b?c*d\"e", "Mötley Crüe",
      "Панк-рок", "🎸 Emoji Band", "50%2 Off", "Back\\slash", "Tab\tName", "",
    ];
    for (const n of names) expect(decodeArtistName(encodeArtistName(n)), n).toBe(n);
  });
});
