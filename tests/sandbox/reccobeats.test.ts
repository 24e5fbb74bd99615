// The sandbox's ReccoBeats: audio features by Spotify id, unknown ids left out, order by its own id, Spring errors, faults.
import { describe, expect, it } from "vitest";
import { NOT_ON_RECCOBEATS_SHARE, reccobeatsId } from "../../sandbox/catalog/reccobeats-tracks";
import { get } from "../contract/harness";
import { startTestSandbox, useSandbox } from "../helpers/sandbox";

interface Features {
  id: string;
  href: string;
  [feature: string]: number | string;
}

const FEATURES = ["acousticness", "danceability", "energy", "instrumentalness", "key", "liveness", "loudness", "mode", "speechiness", "tempo", "valence"];

const sb = useSandbox({ tokenFor: "demo-indie" });

const features = (ids: string[]) => get(sb, `/reccobeats/v1/audio-features?ids=${ids.join(",")}`);
const known = () => sb.catalog.tracks.filter((t) => reccobeatsId(t) !== null);
const unknown = () => sb.catalog.tracks.filter((t) => reccobeatsId(t) === null);
const spotifyId = (f: Features) => f.href.replace("https://open.spotify.com/track/", "");

describe("GET /v1/audio-features", () => {
  it("serves the catalog's features (the same the Spotify stand-in serves), mapped back through href", async () => {
    const ids = known().slice(0, 20).map((t) => t.id);
    const r = await features(ids);
    expect(r.status).toBe(200);
    const content = (r.json as { content: Features[] }).content;
    expect(content).toHaveLength(20);
    const spotify = (await get(sb, `/spotify/v1/audio-features?ids=${ids.join(",")}`, sb.token)).json as { audio_features: Record<string, unknown>[] };
    const spotifyById = new Map(spotify.audio_features.map((f) => [f.id, f]));
    for (const f of content) {
      expect(f.href).toMatch(/^https:\/\/open\.spotify\.com\/track\/[0-9A-Za-z]{22}$/);
      expect(f.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Object.keys(f).sort()).toEqual(["href", "id", ...FEATURES].sort());
      const s = spotifyById.get(spotifyId(f))!;
      for (const k of FEATURES) expect(f[k], k).toBe(s[k]);
    }
  });

  it("answers in its own order, not the request's", async () => {
    const ids = known().slice(0, 40).map((t) => t.id);
    const content = ((await features(ids)).json as { content: Features[] }).content;
    expect(content.map(spotifyId).sort()).toEqual([...ids].sort());
    expect(content.map(spotifyId)).not.toEqual(ids);
  });

  it("leaves out unknown ids: the ~10% of catalog tracks it lacks and ids it never heard of", async () => {
    const share = unknown().length / sb.catalog.tracks.length;
    expect(share).toBeGreaterThan(NOT_ON_RECCOBEATS_SHARE * 0.7);
    expect(share).toBeLessThan(NOT_ON_RECCOBEATS_SHARE * 1.3);
    const ids = [...known().slice(0, 5), ...unknown().slice(0, 5)].map((t) => t.id).concat("0000000000000000000000");
    const content = ((await features(ids)).json as { content: Features[] }).content;
    expect(content.map(spotifyId).sort()).toEqual(known().slice(0, 5).map((t) => t.id).sort());
    const allUnknown = await features(unknown().slice(0, 3).map((t) => t.id));
    expect([allUnknown.status, allUnknown.json]).toEqual([200, { content: [] }]);
  });

  it("keeps its ids stable across requests and sandboxes", async () => {
    const ids = known().slice(0, 3).map((t) => t.id);
    const other = await startTestSandbox();
    try {
      const path = `/reccobeats/v1/audio-features?ids=${ids.join(",")}`;
      expect((await get(other, path)).text).toBe((await get(sb, path)).text);
    } finally {
      await other.close();
    }
  });
});

describe("errors in Spring's shape", () => {
  const spring = (status: number, error: string) => ({ timestamp: expect.any(String), status, error, message: expect.any(String), path: "/v1/audio-features" });

  it("400 for none or more than 40 ids", async () => {
    const none = await get(sb, "/reccobeats/v1/audio-features");
    expect([none.status, none.json]).toEqual([400, spring(400, "Bad Request")]);
    const tooMany = await features(sb.catalog.tracks.slice(0, 41).map((t) => t.id));
    expect([tooMany.status, tooMany.json]).toEqual([400, spring(400, "Bad Request")]);
    expect((await features(known().slice(0, 40).map((t) => t.id))).status).toBe(200);
  });

  it("429 with Retry-After and 5xx when reccobeats is in faultUpstreams", async () => {
    const ids = [known()[0]!.id];
    sb.setKnobs({ faultUpstreams: ["reccobeats"], burst429Rate: 1, retryAfterSeconds: 4 });
    const limited = await features(ids);
    expect([limited.status, limited.headers.get("retry-after"), limited.json]).toEqual([429, "4", spring(429, "Too Many Requests")]);
    sb.setKnobs({ burst429Rate: 0, errorRate: 1 });
    const failed = await features(ids);
    expect([500, 502, 503]).toContain(failed.status);
    expect(failed.json).toMatchObject({ status: failed.status, path: "/v1/audio-features" });
  });

  it("counters show the endpoint and the ids asked for", async () => {
    const ids = known().slice(0, 2).map((t) => t.id);
    await features(ids);
    await features([...ids].reverse());
    const c = sb.counters();
    expect(c.byEndpoint["reccobeats GET /v1/audio-features"]).toBe(2);
    expect(c.byResource[`reccobeats GET /v1/audio-features?ids=${[...ids].sort().join(",")}`]).toBe(2);
    expect(c.byStatus.reccobeats).toEqual({ "200": 2 });
  });
});
