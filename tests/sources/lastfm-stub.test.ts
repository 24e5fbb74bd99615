import { afterEach, describe, expect, it } from "vitest";
import { UpstreamFailure } from "@/lib/domain/errors";
import { LastfmSource } from "@/lib/sources/lastfm/lastfm-source";
import { UpstreamRefusal } from "@/lib/domain/errors";
import type { Artist } from "@/lib/domain/types";
import { startStub, type StubReply, type StubUpstream } from "./stub-upstream";
import { clientFor, freshShared } from "./source-setup";

// LastfmSource against a stub that answers with Last.fm's exact bodies, including its error shapes.

let stub: StubUpstream | undefined;
afterEach(() => stub?.close());

const artist = (name: string): Artist => ({ id: "sp1", name, genres: [], imageUrl: null });
const similarBody = (...names: string[]) => ({
  similarartists: {
    artist: names.map((name, i) => ({ name, mbid: "", match: String(1 - i / 10), url: `https://www.last.fm/music/${name}`, image: [] })),
    "@attr": { artist: "Cher" },
  },
});

async function lastfm(reply: (url: URL, i: number) => StubReply) {
  stub = await startStub(reply);
  const http = clientFor("lastfm");
  return { source: new LastfmSource(`${stub.url}/2.0/`, "test-key", http, freshShared()), stub };
}

describe("LastfmSource", () => {
  it("asks artist.getsimilar with the documented parameters and returns the names in order", async () => {
    const { source, stub } = await lastfm(() => ({ body: similarBody("Sonny & Cher", "Madonna", "Cyndi Lauper") }));
    expect(await source.similarNames(artist("Cher & Friends/Co"), 3)).toEqual(["Sonny & Cher", "Madonna", "Cyndi Lauper"]);
    const q = stub.requests[0]!;
    expect(q.pathname).toBe("/2.0/");
    expect(Object.fromEntries(q.searchParams)).toEqual({
      method: "artist.getsimilar",
      artist: "Cher & Friends/Co",
      limit: "3",
      autocorrect: "1",
      api_key: "test-key",
      format: "json",
    });
  });

  it.each([200, 400])("error 6 (artist not found) with HTTP %i is an empty list, not a failure", async (status) => {
    const { source } = await lastfm(() => ({ status, body: { error: 6, message: "The artist you supplied could not be found", links: [] } }));
    expect(await source.similarNames(artist("Nobody Knows Us"), 5)).toEqual([]);
  });

  it.each([
    [10, 403, "Invalid API key - You must be granted a valid key by last.fm"],
    [26, 403, "Suspended API key - Access for your account has been suspended, please contact Last.fm"],
    [10, 200, "Invalid API key"],
  ])("error %i (HTTP %i) means our key is refused", async (code, status, message) => {
    const { source } = await lastfm(() => ({ status, body: { error: code, message } }));
    const err = await source.similarNames(artist("Cher"), 5).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamRefusal);
    expect((err as UpstreamRefusal).reason).toBe("key_refused");
  });

  it("retries error 29 (rate limit exceeded) even when it comes with HTTP 200", async () => {
    const { source, stub } = await lastfm((_, i) =>
      i === 0 ? { body: { error: 29, message: "Rate Limit Exceded - Your IP has made too many requests in a short period" } } : { body: similarBody("Madonna") },
    );
    expect(await source.similarNames(artist("Cher"), 5)).toEqual(["Madonna"]);
    expect(stub.requests).toHaveLength(2);
  });

  it("fails with UpstreamFailure on other error codes and on bodies it cannot read", async () => {
    const { source } = await lastfm((url) =>
      url.searchParams.get("artist") === "A" ? { body: { error: 8, message: "Operation failed - Most likely the backend service failed" } } : { body: { unexpected: true } },
    );
    await expect(source.similarNames(artist("A"), 5)).rejects.toBeInstanceOf(UpstreamFailure);
    await expect(source.similarNames(artist("B"), 5)).rejects.toBeInstanceOf(UpstreamFailure);
  });

  it("caches by normalised name and limit: a second call makes no request", async () => {
    const { source, stub } = await lastfm(() => ({ body: similarBody("Madonna") }));
    await source.similarNames(artist("The Beyoncé"), 5);
    expect(await source.similarNames(artist("beyonce"), 5)).toEqual(["Madonna"]);
    expect(stub.requests).toHaveLength(1);
    await source.similarNames(artist("Beyonce"), 10);
    expect(stub.requests).toHaveLength(2);
  });

  it("caches 'not found' too", async () => {
    const { source, stub } = await lastfm(() => ({ body: { error: 6, message: "The artist you supplied could not be found" } }));
    await source.similarNames(artist("Nobody"), 5);
    await source.similarNames(artist("Nobody"), 5);
    expect(stub.requests).toHaveLength(1);
  });
});
