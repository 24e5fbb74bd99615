import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../../scripts/stack";
import { resetSandboxCounters, resetSandboxKnobs, sandboxCountersAt, setSandboxKnobs } from "../helpers/sandbox-admin";
import { setTimeout as sleep } from "node:timers/promises";
import { addDays } from "@/lib/dates/date-range";

// Safe under load and attack, on stacks of their own (the shared ones lift the per-client limits,
// since every test calls from this one machine): clients are told apart by X-Forwarded-For behind
// one trusted proxy hop, the limits are the defaults, and the deadline is short to keep this quick.
// `twin` is an identical stack: what one search costs alone, on a server as cold as the first.

const DEADLINE_SECONDS = 6;
const APP_ENV = { TRUST_PROXY_HOPS: "1", REQUEST_DEADLINE_SECONDS: String(DEADLINE_SECONDS) };

let stack: Stack;
let twin: Stack;
let today: string;

beforeAll(async () => {
  [stack, twin] = await Promise.all([startStack({ quiet: true, appEnv: APP_ENV }), startStack({ quiet: true, appEnv: APP_ENV })]);
  today = ((await (await fetch(`${stack.sandbox.url}/__sandbox/health`)).json()) as { today: string }).today;
}, 90_000);

afterAll(async () => {
  await Promise.all([stack?.stop(), twin?.stop()]);
});

beforeEach(async () => {
  for (const s of [stack, twin]) {
    await resetSandboxKnobs(s.sandbox.url);
    await resetSandboxCounters(s.sandbox.url);
  }
});

async function tokenFor(s: Stack, listener: string): Promise<string> {
  const res = await fetch(`${s.sandbox.url}/__sandbox/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ listener }) });
  return ((await res.json()) as { access_token: string }).access_token;
}

interface Call {
  path?: string;
  params?: Record<string, string | number>;
  from?: string;
  token?: string;
  signal?: AbortSignal;
}

/** A request from client address `from`, as our trusted proxy would forward it. */
async function call(s: Stack, { path = "/api/get_bins", params = {}, from = "10.0.0.1", token, signal }: Call) {
  const url = new URL(path, s.appUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = { "X-Forwarded-For": `203.0.113.7, ${from}` };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(url, { headers, signal });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // a stream, or not JSON: the test says
  }
  return { status: res.status, headers: res.headers, body, text };
}

const amsterdam = (days = 30, extra: Record<string, string | number> = {}) => ({
  latitude: 52.3676,
  longitude: 4.9041,
  date_begin: today,
  date_end: addDays(today, days),
  ...extra,
});

/** Run `jobs` with at most `width` at once. */
async function inWaves<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < jobs.length; i += width) results.push(...(await Promise.all(jobs.slice(i, i + width).map((job) => job()))));
  return results;
}

describe("a flood of made-up tokens", () => {
  it("costs one upstream call (the first rejection), and a listener's search during it costs what it costs alone", async () => {
    const listener = { params: amsterdam(30), from: "198.51.100.20" };
    const alone = await call(twin, { ...listener, token: await tokenFor(twin, "demo-indie") });
    expect(alone.status).toBe(200);
    const aloneCalls = (await sandboxCountersAt(twin.sandbox.url)).total;

    const fake = { params: amsterdam(30), token: "made-up-token" };
    const first = await call(stack, { ...fake, from: "10.0.1.1" });
    expect(first.status).toBe(401);
    await resetSandboxCounters(stack.sandbox.url);

    // 1,500 requests from 50 addresses (30 each, under the per-address limit), the listener's search among them.
    const flood = Array.from({ length: 1500 }, (_, i) => () => call(stack, { ...fake, from: `10.0.2.${i % 50}` }));
    const [answers, during] = await Promise.all([inWaves(flood, 100), call(stack, { ...listener, token: await tokenFor(stack, "demo-indie") })]);

    expect(answers.filter((a) => a.status === 401 && a.body.code === "not_signed_in")).toHaveLength(1500);
    expect(during.status).toBe(200);
    expect(during.body).toEqual(alone.body);
    const counters = await sandboxCountersAt(stack.sandbox.url);
    expect(counters.byStatus.spotify?.["401"] ?? 0).toBe(0); // no made-up token reached Spotify again
    expect(counters.total).toBeLessThanOrEqual(aloneCalls);
  }, 120_000);
});

describe("per-client limits", () => {
  it("a client over its searches per minute gets 429 with Retry-After and a JSON reason; another client does not notice", async () => {
    const answers = await inWaves(
      Array.from({ length: 61 }, () => () => call(stack, { params: amsterdam(), token: "made-up-token-2", from: "10.0.3.1" })),
      10,
    );
    expect(answers.slice(0, 60).every((a) => a.status === 401)).toBe(true);
    const over = answers[60]!;
    expect(over.status).toBe(429);
    expect(over.body.code).toBe("too_many_requests");
    expect(over.body.error).toMatch(/Too many searches from your address in a minute \(at most 60\)\. Try again in \d+ seconds?\./);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call(stack, { params: amsterdam(), token: "made-up-token-2", from: "10.0.3.2" })).status).toBe(401);
    // The stream answers the same, before streaming.
    const streamed = await call(stack, { path: "/api/get_bins/stream", params: amsterdam(), token: "made-up-token-2", from: "10.0.3.1" });
    expect(streamed.status).toBe(429);
    expect(streamed.headers.get("content-type")).toMatch(/json/);
  });

  it("a listener's token over its searches per minute gets 429, whatever address it comes from", async () => {
    const token = await tokenFor(stack, "demo-jazz");
    const params = { n_of_top_artists: 2, n_related_artists: 1 };
    const answers = await inWaves(
      Array.from({ length: 31 }, (_, i) => () => call(stack, { path: "/api/artists/get_user_artists", params, token, from: `10.0.4.${i}` })),
      5,
    );
    expect(answers.slice(0, 30).every((a) => a.status === 200)).toBe(true);
    expect(answers[30]!.status).toBe(429);
    expect(answers[30]!.body.error).toMatch(/searches for your Spotify account/);
  });

  it("place look-ups have their own, higher limit", async () => {
    const answers = await inWaves(
      Array.from({ length: 601 }, () => () => call(stack, { path: "/api/places", params: { q: "Amsterdam" }, from: "10.0.5.1" })),
      50,
    );
    expect(answers.slice(0, 600).every((a) => a.status === 200)).toBe(true);
    expect(answers[600]!.status).toBe(429);
    expect(answers[600]!.body.code).toBe("too_many_requests");
  });
});

describe("the stream's status", () => {
  it("a token Spotify rejects is a plain 401 before any streaming", async () => {
    const res = await call(stack, { path: "/api/get_bins/stream", params: amsterdam(), token: "another-made-up-token", from: "10.0.6.1" });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toMatch(/json/);
    expect(res.body.code).toBe("not_signed_in");
  });

  it("a heartbeat line every few seconds while the search is slow", async () => {
    await setSandboxKnobs(stack.sandbox.url, { latencyMs: 2500, faultUpstreams: [] });
    const res = await call(stack, { path: "/api/get_bins/stream", params: amsterdam(40), token: await tokenFor(stack, "demo-hiphop"), from: "10.0.6.2" });
    expect(res.status).toBe(200);
    const events = res.text.trim().split("\n").map((line) => JSON.parse(line) as { type: string });
    expect(events.some((e) => e.type === "heartbeat")).toBe(true);
    expect(events.at(-1)!.type).toBe("result");
  }, 30_000);
});

describe("a deadline per request", () => {
  it("every source but Spotify timing out: 200 within the deadline (+1 s), with a warning naming what is missing", async () => {
    await setSandboxKnobs(stack.sandbox.url, { timeoutRate: 1, faultUpstreams: ["ticketmaster", "reccobeats", "deezer", "lastfm"] });
    const started = Date.now();
    const res = await call(stack, { params: amsterdam(35, { taste: "whole", discoveries: "true" }), token: await tokenFor(stack, "demo-techno"), from: "10.0.7.1" });
    expect(Date.now() - started).toBeLessThan((DEADLINE_SECONDS + 1) * 1000);
    expect(res.status).toBe(200);
    const late = (res.body.warnings as { code: string; message: string }[]).find((w) => w.code === "timed_out");
    expect(late?.message).toMatch(new RegExp(`after ${DEADLINE_SECONDS} seconds, so this answer was sent without: .*concerts for`));
  }, 30_000);

  it("every upstream timing out: a clear 504 within the deadline (+1 s)", async () => {
    await setSandboxKnobs(stack.sandbox.url, { timeoutRate: 1, faultUpstreams: ["spotify", "accounts", "ticketmaster", "reccobeats", "deezer", "lastfm"] });
    const started = Date.now();
    const res = await call(stack, { params: amsterdam(36), token: await tokenFor(stack, "demo-techno"), from: "10.0.7.2" });
    expect(Date.now() - started).toBeLessThan((DEADLINE_SECONDS + 1) * 1000);
    expect(res.status).toBe(504);
    expect(res.body).toMatchObject({ code: "upstream_timeout" });
    expect(res.body.error).toMatch(/Spotify/);
  }, 30_000);
});

describe("cancellation", () => {
  it("upstream work stops when the clients go away", async () => {
    await setSandboxKnobs(stack.sandbox.url, { latencyMs: 40, faultUpstreams: [] });
    const listeners = ["demo-indie", "demo-jazz", "demo-eclectic", "demo-hiphop", "demo-techno"];
    const tokens = await Promise.all(listeners.map((listener) => tokenFor(stack, listener)));
    const gone = new AbortController();
    const params = amsterdam(180, { radius: 100, taste: "whole", discoveries: "true", n_of_top_artists: 50, n_related_artists: 20 });
    const pending = tokens.map((token, i) => call(stack, { params, token, from: `10.0.8.${i}`, signal: gone.signal }).catch(() => "left"));
    await sleep(1500);
    gone.abort();
    expect(await Promise.all(pending)).toEqual(listeners.map(() => "left"));
    await sleep(300); // calls already on the wire are answered
    const atAbort = (await sandboxCountersAt(stack.sandbox.url)).total;
    await sleep(3000);
    const later = (await sandboxCountersAt(stack.sandbox.url)).total;
    expect(atAbort).toBeGreaterThan(20); // the searches were well under way
    expect(later - atAbort).toBeLessThanOrEqual(2);
  }, 30_000);
});

describe("honest errors", () => {
  // On the twin: a used-up quota is remembered until it resets, and the other tests need Ticketmaster.
  it("Ticketmaster rate limiting us is a 429 that says so, with Retry-After", async () => {
    await setSandboxKnobs(twin.sandbox.url, { burst429Rate: 1, retryAfterSeconds: 2, faultUpstreams: ["ticketmaster"] });
    const res = await call(twin, { params: amsterdam(37), token: await tokenFor(twin, "demo-jazz"), from: "10.0.9.1" });
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ code: "rate_limited" });
    expect(res.body.error).toMatch(/^Ticketmaster is rate limiting us\. Try again in/);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  }, 30_000);

  it("Ticketmaster's daily quota used up is a 503 that says so, with when to come back", async () => {
    await setSandboxKnobs(twin.sandbox.url, { ticketmasterDailyQuota: 1 });
    await call(twin, { params: amsterdam(38), token: await tokenFor(twin, "demo-jazz"), from: "10.0.9.2" });
    const res = await call(twin, { params: amsterdam(39), token: await tokenFor(twin, "demo-indie"), from: "10.0.9.2" });
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: "upstream_refused" });
    expect(res.body.error).toMatch(/Ticketmaster's daily request quota for our app is used up/);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  }, 30_000);
});
