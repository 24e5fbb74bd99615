import { describe, expect, it } from "vitest";
import { deezerArtist, deezerError, deezerList } from "@/tests/sources/bodies/deezer";
import { rawArtistList, rawError } from "./raw-types";
import { matchingArtistId, reshapeRelatedNames } from "./reshape";

describe("Deezer search and related artists", () => {
  const search = rawArtistList.parse({
    ...deezerList(deezerArtist(1, "Queen + Adam Lambert"), deezerArtist(2, "Queen Tribute Band"), deezerArtist(92, "Queen")),
    next: "https://api.deezer.com/search/artist?q=queen&limit=10&index=10",
  });

  it("picks the result that is the same artist, never a near miss", () => {
    expect(matchingArtistId("Queen", search)).toBe("92");
    expect(matchingArtistId("QUEEN", search)).toBe("92");
    expect(matchingArtistId("Queens of the Stone Age", search)).toBeNull();
    expect(matchingArtistId("Queen", rawArtistList.parse({ data: [], total: 0 }))).toBeNull();
  });

  it("reads related names in Deezer's order, at most `limit`", () => {
    const related = rawArtistList.parse(deezerList(deezerArtist(3, "David Bowie"), deezerArtist(4, "Elton John"), deezerArtist(5, "The Who")));
    expect(reshapeRelatedNames(related, 10)).toEqual(["David Bowie", "Elton John", "The Who"]);
    expect(reshapeRelatedNames(related, 1)).toEqual(["David Bowie"]);
  });

  it("recognises the error body (sent with HTTP 200)", () => {
    expect(rawError.parse(deezerError(4, "Quota limit exceeded")).error.code).toBe(4);
    expect(rawError.parse(deezerError(800, "no data", "DataException")).error.code).toBe(800);
    expect(rawError.safeParse(deezerList()).success).toBe(false);
  });
});
