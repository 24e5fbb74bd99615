import { afterEach, describe, expect, it } from "vitest";
import { UpstreamFailure } from "@/lib/domain/errors";
import { DeezerSource } from "@/lib/sources/deezer/deezer-source";
import { deezerArtist, deezerError, deezerList } from "./bodies/deezer";
import type { Artist } from "@/lib/domain/types";
import { startStub, type StubReply, type StubUpstream } from "./stub-upstream";
import { clientFor, freshShared } from "./source-setup";

// DeezerSource against a stub that answers with Deezer's exact bodies (errors come with HTTP 200).

let stub: StubUpstream | undefined;
afterEach(() => stub?.close());

const artist = (name: string): Artist => ({ id: "sp1", name, genres: [], imageUrl: null });
const QUEEN_SEARCH = deezerList(deezerArtist(1, "Queen + Adam Lambert"), deezerArtist(92, "Queen"));
const QUEEN_RELATED = deezerList(deezerArtist(3, "David Bowie"), deezerArtist(4, "Elton John"), deezerArtist(5, "The Who"));

async function deezer(reply: (url: URL, i: number) => StubReply) {
  stub = await startStub(reply);
  const http = clientFor("deezer");
  return { source: new DeezerSource(stub.url, http, freshShared()), stub };
}

const queenCatalog = (url: URL): StubReply =>
  url.pathname === "/search/artist" ? { body: QUEEN_SEARCH } : url.pathname === "/artist/92/related" ? { body: QUEEN_RELATED } : { body: deezerError(800, "no data", "DataException") };

describe("DeezerSource", () => {
  it("searches the name, takes the exact match's id and returns its related names in order", async () => {
    const { source, stub } = await deezer(queenCatalog);
    expect(await source.similarNames(artist("Queen"), 2)).toEqual(["David Bowie", "Elton John"]);
    expect(stub.requests.map((u) => u.pathname + u.search)).toEqual(["/search/artist?q=Queen&limit=10", "/artist/92/related?limit=2"]);
  });

  it("returns [] without asking for related artists when no result is exactly the artist", async () => {
    const { source, stub } = await deezer(queenCatalog);
    expect(await source.similarNames(artist("Queen Tribute"), 5)).toEqual([]);
    expect(stub.requests).toHaveLength(1);
  });

  it("treats code 800 (no data) as nothing known", async () => {
    const { source } = await deezer((url) => (url.pathname === "/search/artist" ? { body: QUEEN_SEARCH } : { body: deezerError(800, "no data", "DataException") }));
    expect(await source.similarNames(artist("Queen"), 5)).toEqual([]);
  });

  it("pauses and retries after code 4 (quota), which comes with HTTP 200", async () => {
    const { source, stub } = await deezer((url, i) => (i === 0 ? { body: deezerError(4, "Quota limit exceeded") } : queenCatalog(url)));
    expect(await source.similarNames(artist("Queen"), 3)).toEqual(["David Bowie", "Elton John", "The Who"]);
    expect(stub.requests.map((u) => u.pathname)).toEqual(["/search/artist", "/search/artist", "/artist/92/related"]);
  });

  it("fails with UpstreamFailure on other error codes", async () => {
    const { source } = await deezer(() => ({ body: deezerError(700, "Service busy") }));
    const err = await source.similarNames(artist("Queen"), 5).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamFailure);
    expect((err as Error).message).toContain("700");
  });

  it("caches the name lookup and the related list: a second call makes no request", async () => {
    const { source, stub } = await deezer(queenCatalog);
    await source.similarNames(artist("Queen"), 3);
    expect(await source.similarNames(artist("queen"), 3)).toEqual(["David Bowie", "Elton John", "The Who"]);
    expect(stub.requests).toHaveLength(2);
    await source.similarNames(artist("Queen"), 1); // same id, new limit: only the related list is asked
    expect(stub.requests.map((u) => u.pathname).slice(2)).toEqual(["/artist/92/related"]);
  });
});
