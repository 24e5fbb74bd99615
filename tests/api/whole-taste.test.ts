import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { berlinSearch, getJson, listenerToken, resetSandbox, sandboxToday, url, useNewAppStack } from "../helpers/app-client";

// Ours, beside the original API: the whole taste and discoveries, as the web page asks for them, on
// the stack a Spotify app registered today runs (the demo's default).

let today: string;
beforeAll(async () => {
  useNewAppStack();
  today = await sandboxToday();
});
afterEach(resetSandbox);

const berlin = (extra: Record<string, string | number> = {}) => berlinSearch(today, extra);

interface Show {
  concert_id: string;
  source: string;
  date: string;
  bin_id?: number;
  artists: { band_flag: string; reason?: string; sounds_like?: { id: string; name: string }[] }[];
}

describe("the whole taste and discoveries (ours)", () => {
  it("answers with every show once in one bin, the flat concert list by date, and how far the search reached", async () => {
    const { status, body } = await getJson("/api/get_bins", { ...berlin(), token: await listenerToken("demo-eclectic") });
    expect(status).toBe(200);
    expect(body.taste).toMatchObject({ depth: "whole" });
    expect(body.taste.my_artists).toBeGreaterThan(5);
    expect(body.taste.discoveries).toEqual({ described: expect.any(Number), placed: expect.any(Number), waiting: expect.any(Number) });
    const inBins: Show[] = body.user_bins.flatMap((b: { mix_concerts: Show[] }) => b.mix_concerts);
    const keys = inBins.map((c) => `${c.source}:${c.concert_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const flat: Show[] = body.concerts;
    expect(flat.map((c) => `${c.source}:${c.concert_id}`).sort()).toEqual([...keys].sort());
    expect(flat.map((c) => c.date)).toEqual(flat.map((c) => c.date).sort());
    // Mixes with the most concerts first.
    const counts = body.user_bins.map((b: { mix_concerts: unknown[] }) => b.mix_concerts.length);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    // A discovery says why it is there, after artists of its own bin.
    for (const bin of body.user_bins) {
      const names = new Set(bin.bin_reason.map((r: { band_spotify_id: string }) => r.band_spotify_id));
      for (const d of bin.discoveries) {
        expect(d.reason).toMatch(/^Sounds like .+ in this mix$/);
        for (const a of d.sounds_like) expect(names.has(a.id)).toBe(true);
      }
    }
  });

  it("streams the listener's own concerts before the result, and discoveries as they are placed", async () => {
    const res = await fetch(url("/api/get_bins/stream", berlin()), { headers: { Authorization: `Bearer ${await listenerToken("demo-techno")}` } });
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l) as { type: string; concerts?: Show[] });
    const types = lines.map((l) => l.type);
    const firstConcerts = types.indexOf("concerts");
    expect(firstConcerts).toBeGreaterThanOrEqual(0);
    expect(firstConcerts).toBeLessThan(types.indexOf("result"));
    expect(types.at(-1)).toBe("result");
    // The listener's own come first: the first concerts line names only their artists.
    expect(lines[firstConcerts]!.concerts!.every((c) => c.artists.every((a) => a.band_flag !== "discovery"))).toBe(true);
  });

  it("keeps the original requests' answers as they were: no field of ours appears without asking", async () => {
    const { body } = await getJson("/api/get_bins", { ...berlin({ taste: "top" }), discoveries: "false", token: await listenerToken("demo-indie") });
    expect(body.concerts).toBeUndefined();
    expect(body.taste).toBeUndefined();
    for (const bin of body.user_bins) expect(bin.discoveries).toBeUndefined();
  });

  it("reads the whole taste for the artist endpoints too, and refuses what it cannot take", async () => {
    const token = await listenerToken("demo-jazz");
    const top = await getJson("/api/artists/get_user_artists", { token, n_related_artists: 0 });
    const whole = await getJson("/api/artists/get_user_artists", { token, n_related_artists: 0, taste: "whole" });
    expect(whole.body.users_artists.length).toBeGreaterThan(top.body.users_artists.length);
    const narrowed = await getJson("/api/artists/get_user_artists", { token, n_related_artists: 0, taste: "whole", my_artists: 7 });
    expect(narrowed.body.users_artists).toHaveLength(7);
    const bad = await getJson("/api/get_bins", { ...berlin({ taste: "everything", my_artists: 151, discoveries: "maybe" }), token });
    expect(bad.status).toBe(422);
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(["discoveries", "my_artists", "taste"]);
  });
});
