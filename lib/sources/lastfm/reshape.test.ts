import { describe, expect, it } from "vitest";
import { rawError, rawSimilarArtists } from "./raw-types";
import { reshapeSimilarNames } from "./reshape";

const image = (size: string) => ({ "#text": "https://lastfm.freetls.fastly.net/i/u/34s/2a96cbd8b46e442fc41c2b86b821562f.png", size });
const similar = (name: string, match: string, mbid = "") => ({
  name,
  mbid,
  match,
  url: `https://www.last.fm/music/${encodeURIComponent(name)}`,
  image: [image("small"), image("medium"), image("large")],
  streamable: "0",
});

describe("Last.fm artist.getSimilar", () => {
  it("reads the names in Last.fm's order, at most `limit`", () => {
    const body = {
      similarartists: {
        artist: [
          similar("Sonny & Cher", "1", "3d6e4b6d-2700-458c-9722-9021965a8164"),
          similar("Madonna", "0.87"),
          similar("Cyndi Lauper", "0.61"),
        ],
        "@attr": { artist: "Cher" },
      },
    };
    const parsed = rawSimilarArtists.parse(body);
    expect(reshapeSimilarNames(parsed, 10)).toEqual(["Sonny & Cher", "Madonna", "Cyndi Lauper"]);
    expect(reshapeSimilarNames(parsed, 2)).toEqual(["Sonny & Cher", "Madonna"]);
  });

  it("accepts a lone artist given as an object, and an empty list", () => {
    const one = rawSimilarArtists.parse({ similarartists: { artist: similar("Madonna", "0.87"), "@attr": { artist: "Cher" } } });
    expect(reshapeSimilarNames(one, 5)).toEqual(["Madonna"]);
    const none = rawSimilarArtists.parse({ similarartists: { artist: [], "@attr": { artist: "Obscure" } } });
    expect(reshapeSimilarNames(none, 5)).toEqual([]);
  });

  it("drops blank names", () => {
    const parsed = rawSimilarArtists.parse({ similarartists: { artist: [similar(" ", "0.9"), similar("Madonna", "0.8")] } });
    expect(reshapeSimilarNames(parsed, 5)).toEqual(["Madonna"]);
  });

  it("recognises the error body", () => {
    expect(rawError.parse({ error: 6, message: "The artist you supplied could not be found", links: [] })).toMatchObject({ error: 6 });
    expect(rawError.safeParse({ similarartists: { artist: [] } }).success).toBe(false);
  });
});
