// Fault knobs (errors, 429s, malformed bodies, timeouts, latency, scoping, seeding) and counters.
import { describe, expect, it } from "vitest";
import { knobsFromEnv, type Counters } from "../../sandbox/server/index";
import { APP_ID, bandsintownName, get, postJson } from "../contract/harness";
import { useSandbox } from "../helpers/sandbox";

const sb = useSandbox({ tokenFor: "demo-indie" });

const artist = () => sb.catalog.artists[0]!;
const spotify = (path = `/spotify/v1/artists/${artist().id}`, init: RequestInit = {}) => get(sb, path, sb.token, init);
const bit = (name = artist().name) => get(sb, `/bandsintown/artists/${bandsintownName(name)}/events?app_id=${APP_ID}`);

describe("fault knobs", () => {
  it("errorRate=1 answers 500/502/503 in each upstream's style", async () => {
    sb.setKnobs({ errorRate: 1 });
    const seen = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const r = await spotify();
      expect([500, 502, 503]).toContain(r.status);
      expect(r.json).toEqual({ error: { status: r.status, message: expect.any(String) } });
      seen.add(r.status);
    }
    expect(seen.size).toBeGreaterThan(1);
    const b = await bit();
    expect([500, 502, 503]).toContain(b.status);
    expect(b.json).toEqual({ message: expect.any(String) });
    // accounts is not in faultUpstreams by default
    expect((await get(sb, "/__sandbox/health")).status).toBe(200);
  });

  it("rateLimit limits each upstream over a rolling second, with Retry-After", async () => {
    sb.setKnobs({ rateLimit: 3, retryAfterSeconds: 2 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await spotify()).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await spotify();
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(limited.json).toEqual({ error: { status: 429, message: "API rate limit exceeded" } });
    expect((await bit()).status).toBe(200); // separate window per upstream
    await new Promise((r) => setTimeout(r, 1050));
    expect((await spotify()).status).toBe(200);
  });

  it("burst429Rate gives random 429s regardless of rate", async () => {
    sb.setKnobs({ burst429Rate: 0.5, faultSeed: 42 });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await spotify()).status);
    expect(statuses).toContain(429);
    expect(statuses).toContain(200);
    // Same seed, same sequence: setting knobs restarts the PRNG.
    sb.setKnobs({ burst429Rate: 0.5, faultSeed: 42 });
    const again: number[] = [];
    for (let i = 0; i < 20; i++) again.push((await spotify()).status);
    expect(again).toEqual(statuses);
  });

  it("malformedRate=1 sends 200 with a truncated JSON body", async () => {
    sb.setKnobs({ malformedRate: 1 });
    const r = await spotify();
    expect(r.status).toBe(200);
    expect(() => JSON.parse(r.text)).toThrow();
    expect(r.text.length).toBeGreaterThan(0);
  });

  it("timeoutRate=1 never answers; the client gives up", async () => {
    sb.setKnobs({ timeoutRate: 1 });
    const started = Date.now();
    await expect(spotify(undefined, { signal: AbortSignal.timeout(150) })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
    await new Promise((r) => setTimeout(r, 20));
    expect(sb.counters().byStatus.spotify).toEqual({ timeout: 1 });
    expect(sb.counters().inFlight.spotify).toBe(0);
  });

  it("latencyMs delays upstream answers", async () => {
    sb.setKnobs({ latencyMs: 120 });
    const t0 = Date.now();
    await spotify();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(110);
  });

  it("faultMatch and faultUpstreams limit faults to matching requests", async () => {
    const [a, b] = [sb.catalog.artists[0]!, sb.catalog.artists[1]!];
    sb.setKnobs({ errorRate: 1, faultMatch: `/artists/${b.name}/events` });
    expect((await bit(a.name)).status).toBe(200);
    expect((await bit(b.name)).status).toBeGreaterThanOrEqual(500);
    expect((await spotify()).status).toBe(200);
    sb.setKnobs({ faultMatch: null, faultUpstreams: ["bandsintown"] });
    expect((await spotify()).status).toBe(200);
    expect((await bit(a.name)).status).toBeGreaterThanOrEqual(500);
    sb.setKnobs({ faultUpstreams: ["accounts"] });
    const tok = await get(sb, "/accounts/api/token", undefined, { method: "POST", body: "grant_type=refresh_token" });
    expect(tok.status).toBeGreaterThanOrEqual(500);
    expect(tok.json).toMatchObject({ error: "server_error" });
  });

  it("knobs validate input and come from env", async () => {
    expect(() => sb.setKnobs({ errorRate: 2 })).toThrow();
    expect((await postJson(sb, "/__sandbox/knobs", { faultUpstreams: ["nope"] })).status).toBe(400);
    expect(
      knobsFromEnv({ SANDBOX_LATENCY_MS: "50", SANDBOX_BURST429_RATE: "0.1", SANDBOX_FAULT_UPSTREAMS: "spotify,accounts", SANDBOX_SPOTIFY_DEVELOPMENT_MODE: "1", SANDBOX_BANDSINTOWN_NOT_FOUND: "legacy" }),
    ).toEqual({ latencyMs: 50, burst429Rate: 0.1, faultUpstreams: ["spotify", "accounts"], spotifyDevelopmentMode: true, bandsintownNotFound: "legacy" });
    expect(() => knobsFromEnv({ SANDBOX_ERROR_RATE: "lots" })).toThrow();
  });

  it("vendor knobs validate input and come from env", async () => {
    expect(sb.knobs()).toMatchObject({ bandsintownEnabled: true, lastfmNotFoundStatus: 200, deezerQuota: 50, ticketmasterDailyQuota: 5000 });
    expect(sb.knobs().faultUpstreams).toEqual(["spotify", "bandsintown"]);
    for (const bad of [{ lastfmNotFoundStatus: 403 }, { deezerQuota: -1 }, { deezerQuota: 1.5 }, { ticketmasterDailyQuota: "5" }, { bandsintownEnabled: "no" }])
      expect((await postJson(sb, "/__sandbox/knobs", bad)).status, JSON.stringify(bad)).toBe(400);
    expect((await postJson(sb, "/__sandbox/knobs", { faultUpstreams: ["lastfm", "deezer", "reccobeats", "ticketmaster"] })).status).toBe(200);
    expect(
      knobsFromEnv({
        SANDBOX_BANDSINTOWN_ENABLED: "false",
        SANDBOX_LASTFM_NOT_FOUND_STATUS: "404",
        SANDBOX_DEEZER_QUOTA: "0",
        SANDBOX_TICKETMASTER_DAILY_QUOTA: "100",
        SANDBOX_FAULT_UPSTREAMS: "lastfm,ticketmaster",
      }),
    ).toEqual({ bandsintownEnabled: false, lastfmNotFoundStatus: 404, deezerQuota: 0, ticketmasterDailyQuota: 100, faultUpstreams: ["lastfm", "ticketmaster"] });
  });
});

describe("counters", () => {
  it("count by endpoint, by resource and by status; admin/images/embed are not counted", async () => {
    const [a, b] = [sb.catalog.artists[0]!, sb.catalog.artists[1]!];
    const ids = [sb.catalog.tracks[2]!.id, sb.catalog.tracks[1]!.id];
    await spotify(`/spotify/v1/artists/${a.id}/related-artists`);
    await spotify(`/spotify/v1/artists/${a.id}/related-artists`);
    await spotify(`/spotify/v1/artists/${b.id}/related-artists`);
    await spotify(`/spotify/v1/audio-features?ids=${ids.join(",")}`);
    await spotify(`/spotify/v1/audio-features?ids=${[...ids].reverse().join(",")}`);
    await spotify(`/spotify/v1/me/top/artists?time_range=short_term&limit=50`);
    await get(sb, `/bandsintown/artists/${bandsintownName(a.name)}/events?app_id=${APP_ID}&date=all`);
    await get(sb, "/accounts/api/token", undefined, { method: "POST", body: "" });
    await get(sb, "/__sandbox/health");
    await get(sb, `/images/artist/${a.id}.svg`);
    await get(sb, `/embed/artist/${a.id}`);
    const c = (await get(sb, "/__sandbox/counters")).json as Counters;
    expect(c.total).toBe(8);
    expect(c.byEndpoint).toEqual({
      "spotify GET /v1/artists/{id}/related-artists": 3,
      "spotify GET /v1/audio-features": 2,
      "spotify GET /v1/me/top/artists": 1,
      "bandsintown GET /artists/{artistname}/events": 1,
      "accounts POST /api/token": 1,
    });
    expect(c.byResource[`spotify GET /v1/artists/${a.id}/related-artists`]).toBe(2);
    expect(c.byResource[`spotify GET /v1/artists/${b.id}/related-artists`]).toBe(1);
    expect(c.byResource[`spotify GET /v1/audio-features?ids=${[...ids].sort().join(",")}`]).toBe(2);
    expect(c.byResource["spotify GET /v1/me/top/artists?limit=50&offset=0&time_range=short_term"]).toBe(1);
    expect(c.byResource[`bandsintown GET /artists/${a.name}/events?date=all`]).toBe(1);
    expect(c.byStatus).toEqual({ spotify: { "200": 6 }, bandsintown: { "200": 1 }, accounts: { "400": 1 } });
    await postJson(sb, "/__sandbox/counters/reset", {});
    expect(sb.counters().total).toBe(0);
  });

  it("track maxInFlight with concurrent requests", async () => {
    sb.setKnobs({ latencyMs: 100 });
    await Promise.all(Array.from({ length: 6 }, () => spotify()));
    await Promise.all(Array.from({ length: 3 }, () => bit()));
    const c = sb.counters();
    const idle = { spotify: 0, bandsintown: 0, accounts: 0, lastfm: 0, listenbrainz: 0, deezer: 0, reccobeats: 0, ticketmaster: 0 };
    expect(c.maxInFlight).toEqual({ ...idle, spotify: 6, bandsintown: 3 });
    expect(c.inFlight).toEqual(idle);
  });

  it("429s and errors show up by status", async () => {
    sb.setKnobs({ rateLimit: 1 });
    await spotify();
    await spotify();
    expect(sb.counters().byStatus.spotify).toEqual({ "200": 1, "429": 1 });
  });
});
