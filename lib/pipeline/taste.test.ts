import { describe, expect, it } from "vitest";
import type { Artist, Track } from "@/lib/domain/types";
import { rankTaste } from "./taste";

const artist = (id: string, imageUrl: string | null = null): Artist => ({ id, name: id.toUpperCase(), genres: [], imageUrl });
const track = (id: string, artistId: string): Track => ({ id, name: id, uri: `spotify:track:${id}`, artistId, artistName: artistId.toUpperCase() });

describe("the whole taste, ranked", () => {
  it("merges the three time ranges and the top tracks' artists, each artist once", () => {
    const ranked = rankTaste([[artist("a"), artist("b")], [artist("b"), artist("c")], [artist("c"), artist("d")]], [[track("t1", "e")], [], [track("t2", "a")]]);
    expect(ranked.map((a) => a.id).sort()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("ranks by how often and how recently an artist appears", () => {
    // b is recent and lasting; d only all-time; a only recent; e only in a recent top track.
    const ranked = rankTaste([[artist("a"), artist("b")], [artist("b")], [artist("d")]], [[track("t", "e")], [], []]);
    expect(ranked.map((a) => a.id)).toEqual(["b", "a", "e", "d"]);
  });

  it("keeps what a top-artist entry knows over a track's credit, and repeats its order on ties", () => {
    const ranked = rankTaste([[], [], [artist("x", "https://img/x")]], [[track("t", "x")], [], []]);
    expect(ranked[0]).toMatchObject({ id: "x", imageUrl: "https://img/x" });
    const tie = rankTaste([[artist("p"), artist("q")], [], []], [[], [], []]);
    expect(tie.map((a) => a.id)).toEqual(["p", "q"]);
  });
});
