import { afterEach, describe, expect, it } from "vitest";
import { UpstreamFailure } from "@/lib/domain/errors";
import { ReccoBeatsSource } from "@/lib/sources/reccobeats/reccobeats-source";
import type { ListenerRequest } from "@/lib/domain/ports";
import { reccobeatsFeatures } from "./bodies/reccobeats";
import { startStub, type StubReply, type StubUpstream } from "./stub-upstream";
import { clientFor, freshShared } from "./source-setup";

// ReccoBeatsSource against a stub that answers like ReccoBeats: unknown ids left out, order not kept.

let stub: StubUpstream | undefined;
afterEach(() => stub?.close());

const ctx: ListenerRequest = { spotifyToken: "unused", timeRange: "medium_term", topTracks: async () => [] };
const trackId = (i: number) => `track${String(i).padStart(17, "0")}`;
const askedIds = (url: URL) => url.searchParams.get("ids")!.split(",");

/** Knows every asked id except those in `unknown`, and answers in reverse order. */
const catalog = (unknown: Set<string> = new Set()) => (url: URL): StubReply => ({
  body: { content: askedIds(url).filter((id) => !unknown.has(id)).reverse().map((id, i) => reccobeatsFeatures(id, { tempo: 100 + Number(id.slice(5)), key: i % 12 })) },
});

async function reccobeats(reply: (url: URL, i: number) => StubReply) {
  stub = await startStub(reply);
  const http = clientFor("reccobeats");
  return { source: new ReccoBeatsSource(`${stub.url}/v1`, http, freshShared()), stub };
}

describe("ReccoBeatsSource", () => {
  it("asks at most 40 ids per call and maps answers back by href, not by position", async () => {
    const ids = Array.from({ length: 90 }, (_, i) => trackId(i));
    const { source, stub } = await reccobeats(catalog());
    const { values, errors } = await source.featuresOf(ctx, ids);
    expect(errors).toEqual([]);
    expect(stub.requests.map((u) => u.pathname)).toEqual(["/v1/audio-features", "/v1/audio-features", "/v1/audio-features"]);
    expect(stub.requests.map((u) => askedIds(u).length)).toEqual([40, 40, 10]);
    for (const [i, id] of ids.entries()) expect(values.get(id)).toMatchObject({ id, tempo: 100 + i, duration_ms: null });
  });

  it("gives null for ids ReccoBeats left out", async () => {
    const ids = [trackId(1), trackId(2), trackId(3)];
    const { source } = await reccobeats(catalog(new Set([trackId(2)])));
    const { values } = await source.featuresOf(ctx, ids);
    expect(values.get(trackId(1))?.id).toBe(trackId(1));
    expect(values.get(trackId(2))).toBeNull();
    expect(values.get(trackId(3))?.id).toBe(trackId(3));
  });

  it("ignores answers for tracks it did not ask about and items it cannot read", async () => {
    const { source } = await reccobeats(() => ({
      body: {
        content: [
          reccobeatsFeatures("someOtherTrack00000000"),
          { ...reccobeatsFeatures(trackId(1)), energy: "high" },
          reccobeatsFeatures(trackId(2), { href: `https://open.spotify.com/track/${trackId(2)}?si=abc` }),
        ],
      },
    }));
    const { values } = await source.featuresOf(ctx, [trackId(1), trackId(2)]);
    expect(values.get(trackId(1))).toBeNull();
    expect(values.get(trackId(2))?.id).toBe(trackId(2));
    expect(values.has("someOtherTrack00000000")).toBe(false);
  });

  it("serves cached features without a request, and asks only for the new ids", async () => {
    const { source, stub } = await reccobeats(catalog());
    await source.featuresOf(ctx, [trackId(1), trackId(2)]);
    const { values } = await source.featuresOf(ctx, [trackId(2), trackId(1)]);
    expect(values.size).toBe(2);
    expect(stub.requests).toHaveLength(1);
    await source.featuresOf(ctx, [trackId(1), trackId(3)]);
    expect(askedIds(stub.requests[1]!)).toEqual([trackId(3)]);
  });

  it("retries a 429 and reports a failed batch in `errors` without losing the others", async () => {
    const ids = Array.from({ length: 50 }, (_, i) => trackId(i));
    const { source, stub } = await reccobeats((url, i) =>
      i === 0 ? { status: 429, body: { error: "Too Many Requests" }, headers: { "Retry-After": "0" } } : askedIds(url).length === 10 ? { status: 400, body: { error: "Bad Request" } } : catalog()(url),
    );
    const { values, errors } = await source.featuresOf(ctx, ids);
    expect(stub.requests.length).toBeGreaterThanOrEqual(3);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(UpstreamFailure);
    expect(values.size).toBe(40);
  });
});
