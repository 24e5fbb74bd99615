// npm run bench -- --instances 2 [--listeners 500 --cities 20]: several app instances on one local
// redis-server and one sandbox. Measures (1) the shared cache: B's first search after A's same search,
// in L and against its lower bound; (2) the combined request rate of both instances under load
// against the configured budget (peak starts in any rolling window, as the sandbox counts them);
// (3) a realistic workload: listeners spread over cities, popular cities more often, with the
// upstream requests per listener and how many listeners a day Ticketmaster's 5,000 calls serve.
import { TTL } from "../../lib/cache/ttl";
import { parseConfig } from "../../lib/config";
import { addDays } from "../../lib/dates/date-range";
import type { Counters } from "../../sandbox/server/index";
import { startRedisServer } from "../redis-server";
import { demoEnv, startStack, type AppInstance, type Stack, type StackOptions } from "../stack";
import { bound } from "./default-path";

const TICKETMASTER_DAILY = 5000;
const upstreams = (c: Counters) => {
  const out: Record<string, number> = {};
  for (const [endpoint, n] of Object.entries(c.byEndpoint)) out[endpoint.split(" ")[0]!] = (out[endpoint.split(" ")[0]!] ?? 0) + n;
  return out;
};
const tooMany = (c: Counters) => Object.values(c.byStatus).reduce((n, s) => n + (s["429"] ?? 0), 0);
const listenerData = (c: Counters) => Object.entries(c.byEndpoint).filter(([e]) => e.startsWith("spotify GET /v1/me/")).reduce((n, [, v]) => n + v, 0);

/** `opts` as `instances` app processes on one fresh redis-server; both stopped after `run`. */
async function withInstances<T>(instances: number, opts: StackOptions, run: (stack: Stack) => Promise<T>): Promise<T> {
  const redis = await startRedisServer();
  try {
    const stack = await startStack({ ...opts, instances, quiet: true, appEnv: { ...opts.appEnv, REDIS_URL: redis.url } });
    try {
      return await run(stack);
    } finally {
      await stack.stop();
    }
  } finally {
    await redis.stop();
  }
}

interface Search {
  city: { latitude: number; longitude: number };
  token: string;
  /** The client's address as the proxy in front forwards it (each listener their own). */
  from?: string;
  extra?: Record<string, string>;
}

interface Answer {
  ms: number;
  status: number;
  timedOut: boolean;
  waiting: number;
}

/** get_bins as the page asks it: the whole taste and discoveries, 50 km, the next 60 days. */
async function search(app: AppInstance, today: string, s: Search): Promise<Answer> {
  const query = new URLSearchParams({
    latitude: String(s.city.latitude),
    longitude: String(s.city.longitude),
    date_begin: today,
    date_end: addDays(today, 59),
    radius: "50",
    taste: "whole",
    discoveries: "true",
    ...s.extra,
  });
  const headers: Record<string, string> = { Authorization: `Bearer ${s.token}` };
  if (s.from) headers["X-Forwarded-For"] = s.from;
  const start = performance.now();
  const res = await fetch(`${app.appUrl}/api/get_bins?${query}`, { headers });
  const body = (await res.json()) as { warnings?: { code: string }[]; taste?: { discoveries: { waiting: number } | null } };
  return { ms: performance.now() - start, status: res.status, timedOut: !!body.warnings?.some((w) => w.code === "timed_out"), waiting: body.taste?.discoveries?.waiting ?? 0 };
}

// 1. The shared cache ─────────────────────────────────────────────────────────────────────────────

interface SharedCacheResult {
  latencyMs: number;
  aCold: Answer & { requests: number };
  aWarm: Answer & { requests: number };
  bAfterA: Answer & { requests: number; listenerDataRequests: number; boundMs: number };
}

async function benchSharedCache(instances: number, L: number, jitter: number): Promise<SharedCacheResult> {
  return withInstances(instances, { profile: "new-app", knobs: { latencyMs: L, jitterMs: jitter } }, async (stack) => {
    const [a, b] = stack.instances as [AppInstance, AppInstance];
    const today = stack.sandbox.catalog.today;
    // Cold caches, not cold code: one whole search on each instance first, by another listener on another continent.
    const sydney = { latitude: -33.8688, longitude: 151.2093 };
    for (const app of stack.instances) await search(app, today, { city: sydney, token: stack.sandbox.issueToken("listener-07").access_token });
    const berlin: Search = { city: { latitude: 52.52, longitude: 13.405 }, token: stack.sandbox.issueToken("demo-indie").access_token };
    stack.sandbox.resetCounters();
    const aCold = { ...(await search(a, today, berlin)), requests: stack.sandbox.counters().total };
    // A's further searches describe the performers left for later; then the search needs no new public data.
    for (let more = 0, waiting = aCold.waiting; more < 10 && waiting > 0; more++) waiting = (await search(a, today, berlin)).waiting;
    stack.sandbox.resetCounters();
    const aWarm = { ...(await search(a, today, berlin)), requests: stack.sandbox.counters().total };
    stack.sandbox.resetCounters();
    const onB = await search(b, today, berlin);
    const c = stack.sandbox.counters();
    // B's least time: the listener's taste (one round trip; never cached), everything else read from Redis.
    return { latencyMs: L, aCold, aWarm, bAfterA: { ...onB, requests: c.total, listenerDataRequests: listenerData(c), boundMs: bound(c, L, 1).ms } };
  });
}

// 2. The combined rate against the budget ─────────────────────────────────────────────────────────

interface RateResult {
  instances: number;
  budget: number;
  windowSeconds: number;
  listeners: number;
  wallMs: number;
  requests: Record<string, number>;
  /** Most requests the sandbox saw start in any rolling window, per upstream (sampled every 25 ms). */
  peakPerWindow: Record<string, number>;
  caused429: number;
  statuses: number[];
}

async function benchRate(instances: number, L: number): Promise<RateResult> {
  const budget = 100;
  const windowSeconds = 5;
  const limits = { SPOTIFY_RATE_LIMIT: String(budget), BANDSINTOWN_RATE_LIMIT: String(budget), UPSTREAM_RATE_WINDOW_SECONDS: String(windowSeconds), TRUST_PROXY_HOPS: "1" };
  const knobs = { latencyMs: L, rateLimit: budget, rateLimitWindowSeconds: windowSeconds };
  return withInstances(instances, { profile: "full-access", knobs, appEnv: limits }, async (stack) => {
    const today = stack.sandbox.catalog.today;
    const crowd = stack.sandbox.catalog.listeners.filter((l) => l.id.startsWith("listener-")).slice(0, 20);
    const amsterdam = { latitude: 52.3676, longitude: 4.9041 };
    const searches = crowd.map((l, i) => ({ city: amsterdam, token: stack.sandbox.issueToken(l.id).access_token, from: `10.1.0.${i + 1}`, extra: { taste: "top", discoveries: "false" } }));
    stack.sandbox.resetCounters();
    const samples: { t: number; counts: Record<string, number> }[] = [];
    const sampler = setInterval(() => samples.push({ t: performance.now(), counts: upstreams(stack.sandbox.counters()) }), 25);
    const start = performance.now();
    const answers = await Promise.all(searches.map((s, i) => search(stack.instances[i % instances]!, today, s)));
    const wallMs = performance.now() - start;
    clearInterval(sampler);
    const c = stack.sandbox.counters();
    const peakPerWindow: Record<string, number> = {};
    for (const upstream of Object.keys(upstreams(c))) {
      let peak = 0;
      for (const later of samples) {
        const earlier = [...samples].reverse().find((s) => s.t <= later.t - windowSeconds * 1000);
        peak = Math.max(peak, (later.counts[upstream] ?? 0) - (earlier?.counts[upstream] ?? 0));
      }
      peakPerWindow[upstream] = peak;
    }
    return { instances, budget, windowSeconds, listeners: crowd.length, wallMs, requests: upstreams(c), peakPerWindow, caused429: tooMany(c), statuses: answers.map((a) => a.status) };
  });
}

// 3. A realistic workload ─────────────────────────────────────────────────────────────────────────

interface WorkloadResult {
  listeners: number;
  distinctTastes: number;
  cities: { name: string; searches: number }[];
  wallMs: number;
  statuses: Record<string, number>;
  timedOut: number;
  requests: Record<string, number>;
  caused429: number;
  /** Distinct Ticketmaster resources asked (listings pages, each fetched once per cache lifetime if shared). */
  ticketmasterDistinct: number;
}

/** Zipf's law: the city of rank r is asked 1/r as often as the first. */
function zipfCities<T>(cities: T[], count: number): T[] {
  const weights = cities.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let seed = 17;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  return Array.from({ length: count }, () => {
    let r = random() * total;
    return cities[weights.findIndex((w) => (r -= w) <= 0)] ?? cities[cities.length - 1]!;
  });
}

async function benchWorkload(instances: number, L: number, listenerCount: number, cityCount: number): Promise<WorkloadResult> {
  const appEnv = { TRUST_PROXY_HOPS: "1" };
  return withInstances(instances, { profile: "new-app", knobs: { latencyMs: L }, appEnv }, async (stack) => {
    const { catalog } = stack.sandbox;
    const today = catalog.today;
    const big = ["Amsterdam", "Berlin", "London", "New York", "Paris", "Los Angeles", "Tokyo", "Chicago"];
    const cities = [...catalog.cities].sort((x, y) => Number(big.includes(y.name)) - Number(big.includes(x.name))).slice(0, cityCount);
    const tastes = catalog.listeners;
    const chosen = zipfCities(cities, listenerCount);
    const searches = chosen.map((city, i) => ({ city, token: stack.sandbox.issueToken(tastes[i % tastes.length]!.id).access_token, from: `10.2.${Math.floor(i / 250)}.${(i % 250) + 1}` }));
    stack.sandbox.resetCounters();
    const statuses: Record<string, number> = {};
    let timedOut = 0;
    const start = performance.now();
    // 20 searches in flight at a time, spread over the instances as a proxy would.
    let next = 0;
    const worker = async (w: number) => {
      for (let i = next++; i < searches.length; i = next++) {
        const answer = await search(stack.instances[(i + w) % instances]!, today, searches[i]!);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.timedOut) timedOut++;
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, w) => worker(w)));
    const c = stack.sandbox.counters();
    return {
      listeners: listenerCount,
      distinctTastes: Math.min(listenerCount, tastes.length),
      cities: cities.map((city) => ({ name: city.name, searches: chosen.filter((x) => x === city).length })),
      wallMs: performance.now() - start,
      statuses,
      timedOut,
      requests: upstreams(c),
      caused429: tooMany(c),
      ticketmasterDistinct: Object.keys(c.byResource).filter((r) => r.startsWith("ticketmaster ")).length,
    };
  });
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface InstancesResult {
  instances: number;
  sharedCache: SharedCacheResult;
  rate: RateResult;
  workload: WorkloadResult;
}

export async function benchInstances(instances: number, L: number, jitter: number, listeners: number, cities: number): Promise<InstancesResult> {
  const sharedCache = await benchSharedCache(instances, L, jitter);
  const rate = await benchRate(instances, 50);
  const workload = await benchWorkload(instances, 20, listeners, cities);
  return { instances, sharedCache, rate, workload };
}

function table(rows: [string, string, string][]): void {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ["scenario", "value", "notes"][i]!.length));
  const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(["scenario", "value", "notes"]));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  rows.forEach((r) => console.log(line(r)));
}

export function printInstances(r: InstancesResult): void {
  const { sharedCache: s, rate, workload: w } = r;
  const L = s.latencyMs;
  const inL = (ms: number) => `${(ms / L).toFixed(2)} L`;
  console.log(`\n${r.instances} instances on one redis-server and one sandbox\n`);
  console.log(`1. The shared cache: demo-indie in Berlin, 50 km, 60 days, the whole taste and discoveries (what the page sends), a Spotify app in development mode; L = ${L} ms\n`);
  table([
    ["A, cold", `${s.aCold.ms.toFixed(0)} ms = ${inL(s.aCold.ms)}`, `${s.aCold.requests} upstream requests`],
    ["A, warm (its own memory)", `${s.aWarm.ms.toFixed(0)} ms = ${inL(s.aWarm.ms)}`, `${s.aWarm.requests} upstream requests (the listener's taste)`],
    [
      "B, cold, after A's search",
      `${s.bAfterA.ms.toFixed(0)} ms = ${inL(s.bAfterA.ms)}`,
      `${s.bAfterA.requests} upstream requests, ${s.bAfterA.listenerDataRequests} of them the listener's taste; bound ${inL(s.bAfterA.boundMs)}: measured / bound = ${(s.bAfterA.ms / s.bAfterA.boundMs).toFixed(2)}`,
    ],
    ["B / A cold", `${(s.bAfterA.ms / s.aCold.ms).toFixed(2)}`, `${(s.aCold.ms / s.bAfterA.ms).toFixed(1)}× faster`],
  ]);

  const seconds = rate.wallMs / 1000;
  console.log(`\n2. Both instances under load: ${rate.listeners} listeners at once (5×5, full access), alternately on each instance; budget ${rate.budget} requests per ${rate.windowSeconds} s per upstream, enforced by the sandbox\n`);
  const rateRows: [string, string, string][] = Object.entries(rate.requests).map(([upstream, n]) => [
    upstream,
    `${(n / seconds).toFixed(1)} req/s`,
    `${n} requests in ${seconds.toFixed(1)} s; budget ${(rate.budget / rate.windowSeconds).toFixed(1)} req/s; peak in any ${rate.windowSeconds} s: ${rate.peakPerWindow[upstream]} of ${rate.budget}`,
  ]);
  rateRows.push(["429s we caused", String(rate.caused429), `answers: ${JSON.stringify(count(rate.statuses))}`]);
  table(rateRows);

  const per = (n: number) => (n / w.listeners).toFixed(2);
  const total = Object.values(w.requests).reduce((a, b) => a + b, 0);
  const tm = w.requests.ticketmaster ?? 0;
  const refreshesPerDay = (24 * 60 * 60_000) / TTL.concerts;
  const settings = parseConfig({ ...demoEnv("http://sandbox.invalid"), ...process.env });
  const spotify = { limit: settings.SPOTIFY_RATE_LIMIT, windowS: settings.UPSTREAM_RATE_WINDOW_SECONDS };
  const listingsPerDay = w.ticketmasterDistinct * refreshesPerDay;
  console.log(`\n3. A realistic workload: ${w.listeners} listeners (${w.distinctTastes} tastes from the sandbox) across ${w.cities.length} cities, popular cities more often (Zipf), 20 searches in flight, L = 20 ms\n`);
  console.log(`   searches per city: ${w.cities.map((c) => `${c.name} ${c.searches}`).join(", ")}\n`);
  table([
    ["upstream requests", String(total), `${per(total)} per listener: ${Object.entries(w.requests).map(([u, n]) => `${u} ${n} (${per(n)})`).join(", ")}`],
    ["Ticketmaster calls", String(tm), `${per(tm)} per listener; ${w.ticketmasterDistinct} distinct (the cities' listings pages), so ${tm - w.ticketmasterDistinct} asked twice`],
    ["listeners a day in 5,000 calls", tm === 0 ? "unbounded" : String(Math.floor(TICKETMASTER_DAILY / (tm / w.listeners))), `at this run's ${per(tm)} calls per listener (all within one cache lifetime)`],
    ["  over a whole day", steadyDay(w, listingsPerDay, tm - w.ticketmasterDistinct), `listings stay cached ${TTL.concerts / 60_000} min: these ${w.cities.length} cities' listings refreshed all day long cost ${listingsPerDay.toFixed(0)} calls`],
    [
      "Spotify calls",
      String(w.requests.spotify ?? 0),
      `${per(w.requests.spotify ?? 0)} per listener; the budget (${spotify.limit} per ${spotify.windowS} s) serves about ${Math.floor((spotify.limit / spotify.windowS) * 60 / ((w.requests.spotify ?? 0) / w.listeners))} listeners a minute at that rate`,
    ],
    ["wall time", `${(w.wallMs / 1000).toFixed(1)} s`, `answers: ${JSON.stringify(w.statuses)}; ${w.timedOut} answered at the deadline with what was found (a 504: not even the taste by then)`],
    ["429s we caused", String(w.caused429), ""],
  ]);
}

/** Listeners a day within the quota when each city's listings are refreshed every cache lifetime all day. */
function steadyDay(w: WorkloadResult, listingsPerDay: number, repeated: number): string {
  if (listingsPerDay >= TICKETMASTER_DAILY) return `${Math.floor(TICKETMASTER_DAILY / (listingsPerDay / w.cities.length))} of these cities kept fresh all day`;
  const each = repeated / w.listeners;
  if (each === 0) return "any number: calls grow with cities, not listeners";
  return `${Math.floor((TICKETMASTER_DAILY - listingsPerDay) / each)} (${each.toFixed(3)} calls each beyond the listings)`;
}

function count(xs: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
