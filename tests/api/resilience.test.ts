import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Counters } from "@/sandbox/server/index";
import { addDays, amsterdamBins, getJson, listenerToken, requireStack, resetSandbox, sandboxCounters, sandboxToday, setKnobs, url } from "../helpers/app-client";

// Faults injected at the sandbox; the app must answer with what it found and say what is missing.
// Each test uses its own date range or listener so the app's public-data cache cannot hide a fault.
// The sandbox's counters (reset before each test) show that the faults were really served.

let today: string;
beforeAll(async () => {
  requireStack();
  today = await sandboxToday();
});
beforeEach(resetSandbox);
afterEach(resetSandbox);

const bins = (listener: string, days: number) => amsterdamBins(listener, today, days);

/** How many of `upstream`'s answers had one of these statuses. */
const answered = (c: Counters, upstream: string, statuses: string[]) => statuses.reduce((n, s) => n + (c.byStatus[upstream]?.[s] ?? 0), 0);
/** Requests that asked again for a resource already asked for: the app's retries (without faults it asks each once). */
const repeats = (c: Counters, upstream: string) =>
  Object.entries(c.byResource)
    .filter(([resource]) => resource.startsWith(`${upstream} `))
    .reduce((n, [, count]) => n + count - 1, 0);
const RETRIES = 2; // the app's UPSTREAM_RETRIES (lib/config.ts default)

describe("upstream faults", () => {
  it("Bandsintown failing for every artist gives 503 with a clear message", async () => {
    await setKnobs({ errorRate: 1, faultUpstreams: ["bandsintown"] });
    const { status, body } = await bins("demo-indie", 41);
    expect(status).toBe(503);
    expect(body.error).toMatch(/concert/i);
  });

  it("Bandsintown failing 20% of the time still gives 200 (retries), with warnings only for what stayed missing", async () => {
    await setKnobs({ errorRate: 0.2, faultUpstreams: ["bandsintown"], faultSeed: 3 });
    const { status, body } = await bins("demo-indie", 42);
    expect(status).toBe(200);
    expect(body.user_bins.length).toBeGreaterThan(0);
    const counters = await sandboxCounters();
    const failed = answered(counters, "bandsintown", ["500", "502", "503"]);
    expect(failed).toBeGreaterThan(0); // the faults fired
    expect(repeats(counters, "bandsintown")).toBeGreaterThan(0); // and were retried
    // At most one warning (one per code and source): the artists whose every attempt failed, named.
    const warnings = body.warnings as { code: string; source?: string; message: string; subjects?: string[] }[];
    expect(warnings.length).toBeLessThanOrEqual(1);
    for (const w of warnings) {
      expect(w).toMatchObject({ code: "events_unavailable", source: "bandsintown" });
      expect(w.subjects?.length).toBeGreaterThan(0);
      expect(w.subjects!.length * (RETRIES + 1)).toBeLessThanOrEqual(failed); // each took every attempt's failure
      // Worded for the listener: which concerts, from where, for whom (the first five names; then "and N more").
      expect(w.message).toMatch(/^Concerts could not be looked up on Bandsintown for /);
      for (const name of w.subjects!.slice(0, 5)) expect(w.message).toContain(name);
    }
  });

  it("Spotify in development mode: 200, one mix, warnings explaining the restrictions", async () => {
    await setKnobs({ spotifyDevelopmentMode: true });
    const { status, body } = await bins("demo-techno", 43);
    expect(status).toBe(200);
    const codes = body.warnings.map((w: { code: string }) => w.code);
    expect(codes).toContain("related_artists_unavailable");
    expect(body.user_bins).toHaveLength(1); // without audio features: one mix, concerts kept
    expect(body.user_bins[0].sound_profile).toBeNull();
    expect(body.user_bins[0].mix_concerts.length).toBeGreaterThan(0);
  });

  it("malformed bodies and 429 bursts are retried", async () => {
    await setKnobs({ malformedRate: 0.2, burst429Rate: 0.1, retryAfterSeconds: 0, faultSeed: 5 });
    const { status, body } = await bins("demo-jazz", 44);
    expect(status).toBe(200);
    expect(body.user_bins.length).toBeGreaterThan(0);
    // Faults apply to Spotify and Bandsintown (the default faultUpstreams).
    const counters = await sandboxCounters();
    const limited = answered(counters, "spotify", ["429"]) + answered(counters, "bandsintown", ["429"]);
    const retried = repeats(counters, "spotify") + repeats(counters, "bandsintown");
    expect(limited).toBeGreaterThan(0);
    // The sandbox counts a truncated body as the 200 it was: the retries beyond the 429s are the malformed bodies'.
    expect(retried).toBeGreaterThan(limited);
  });

  it("Spotify down for the listener's top artists gives 502, never 500", async () => {
    await setKnobs({ errorRate: 1, faultUpstreams: ["spotify"], faultMatch: "/me/top/artists" });
    const { status, body } = await bins("demo-metal", 45);
    expect(status).toBe(502);
    expect(body.error).toMatch(/Spotify/);
  });
});

describe("live progress (NDJSON)", () => {
  it("streams the stages in order and ends with the same result as get_bins", async () => {
    const token = await listenerToken("demo-hiphop");
    const params = { latitude: 40.7128, longitude: -74.006, date_begin: today, date_end: addDays(today, 90), token };
    const res = await fetch(url("/api/get_bins/stream", params));
    expect(res.headers.get("content-type")).toMatch(/ndjson/);
    const events = (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
    const stages = events.filter((e) => e.type === "stage").map((e) => e.stage);
    expect(stages[0]).toBe("top_artists");
    expect(stages.indexOf("related_artists")).toBeLessThan(stages.indexOf("features"));
    expect(stages.indexOf("features")).toBeLessThan(stages.indexOf("mixes"));
    expect(stages.filter((s) => s === "concerts").length).toBeGreaterThan(5);
    expect(stages.at(-1)).toBe("done");
    const last = events.at(-1);
    expect(last.type).toBe("result");
    const plain = await getJson("/api/get_bins", params);
    expect(last.data).toEqual(plain.body);
  });

  it("reports an upstream failure as a final error event", async () => {
    await setKnobs({ errorRate: 1, faultUpstreams: ["bandsintown"] });
    const token = await listenerToken("demo-hiphop");
    const res = await fetch(url("/api/get_bins/stream", { latitude: 40.7, longitude: -74, date_begin: today, date_end: addDays(today, 46), token }));
    const last = JSON.parse((await res.text()).trim().split("\n").at(-1)!);
    expect(last).toMatchObject({ type: "error", status: 503 });
  });

  it("bad input fails before streaming, as a plain 422", async () => {
    const { status } = await getJson("/api/get_bins/stream", { latitude: 99 });
    expect(status).toBe(422);
  });
});

describe("API reference", () => {
  it("serves an OpenAPI 3 document generated from the request schemas", async () => {
    const { status, body } = await getJson("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    const params = body.paths["/api/get_bins"].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(["latitude", "longitude", "date_begin", "date_end", "radius", "top_artists", "related_artists", "token"]));
  });

  it("serves Swagger UI at /docs", async () => {
    const res = await fetch(url("/docs"));
    expect(await res.text()).toMatch(/swagger-ui/);
    const bundle = await fetch(url("/docs/assets/swagger-ui-bundle.js"));
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });
});
