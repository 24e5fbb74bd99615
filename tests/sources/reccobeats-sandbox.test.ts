import { describe, expect, it } from "vitest";
import { reccobeatsId } from "@/sandbox/catalog/reccobeats-tracks";
import { ReccoBeatsSource } from "@/lib/sources/reccobeats/reccobeats-source";
import type { ListenerRequest } from "@/lib/domain/ports";
import { useSandbox } from "../helpers/sandbox";
import { clientFor, freshShared } from "./source-setup";

const sandbox = useSandbox({ date: "real" });

const ctx: ListenerRequest = { spotifyToken: "unused", timeRange: "medium_term", topTracks: async () => [] };
const reccobeats = () => new ReccoBeatsSource(`${sandbox.url}/reccobeats/v1`, clientFor("reccobeats"), freshShared());

describe("ReccoBeatsSource against the sandbox", () => {
  it("returns each track's own features (answers come back reordered), null for tracks ReccoBeats lacks", async () => {
    const tracks = sandbox.catalog.tracks.slice(0, 100);
    const { values, errors } = await reccobeats().featuresOf(ctx, tracks.map((t) => t.id));
    expect(errors).toEqual([]);
    expect(sandbox.counters().byEndpoint["reccobeats GET /v1/audio-features"]).toBe(3); // 40 + 40 + 20
    const unknown = tracks.filter((t) => reccobeatsId(t) === null);
    expect(unknown.length).toBeGreaterThan(0);
    for (const t of tracks) {
      const f = values.get(t.id);
      if (reccobeatsId(t) === null) expect(f).toBeNull();
      else expect(f).toMatchObject({ id: t.id, uri: `spotify:track:${t.id}`, tempo: t.features.tempo, energy: t.features.energy, duration_ms: null });
    }
  });

  it("retries a 429 and serves repeated ids from its cache", async () => {
    sandbox.setKnobs({ burst429Rate: 0.5, retryAfterSeconds: 0, faultUpstreams: ["reccobeats"], faultSeed: 3 });
    const source = reccobeats();
    const ids = sandbox.catalog.tracks.slice(0, 80).map((t) => t.id);
    const first = await source.featuresOf(ctx, ids);
    expect(first.errors).toEqual([]);
    expect(sandbox.counters().byStatus.reccobeats!["429"]).toBeGreaterThanOrEqual(1);
    const asked = sandbox.counters().total;
    const again = await source.featuresOf(ctx, ids.slice(10, 50));
    expect(again.values.size).toBe(40);
    expect(sandbox.counters().total).toBe(asked);
  });
});
