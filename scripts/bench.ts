// npm run bench [-- --latency 100 --jitter 20 --full-access-latency 50 --reps 5 --only default-path,flood,full-access]:
// (npm run bench -- --instances 2 [--listeners 500 --cities 20]: several instances on one Redis
// instead, scripts/bench/instances.ts.)
// get_bins end to end through the HTTP API against the sandbox with injected latency per upstream
// request: first the path a new user takes (scripts/bench/default-path.ts, latency L with jitter),
// then a flood of made-up tokens beside a listener (scripts/bench/flood.ts), then the full-access
// scenarios (latency --full-access-latency). Prints tables and JSON (also written to
// bench-results/latest.json). A script, not a test: it measures, it asserts nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseConfig } from "../lib/config";
import { addDays } from "../lib/dates/date-range";
import { getBins } from "../lib/pipeline/get-bins";
import { toBinsRequest } from "../lib/api/bins-request";
import { binsQuery } from "../lib/validations/listener-request";
import type { Counters } from "../sandbox/server/index";
import { benchDefaultPath, type DefaultPathResult } from "./bench/default-path";
import { sequentialPipeline } from "./bench/sequential-client";
import { benchFlood, printFlood } from "./bench/flood";
import { benchInstances, printInstances } from "./bench/instances";
import { demoEnv, ensureBuilt, ROOT, startStack, type Stack } from "./stack";

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const DEFAULT_PATH_L = arg("latency", 100);
const JITTER = arg("jitter", 20);
const L = arg("full-access-latency", 50);
const REPS = arg("reps", 5);
/** --only default-path,flood,full-access: run some sections (all by default). */
const ONLY = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1]!.split(",") : ["default-path", "flood", "full-access"];
const AMSTERDAM = { latitude: 52.3676, longitude: 4.9041 };

// The app's own defaults (what a deployment gets without tuning), read the way the app reads them.
const settings = parseConfig({ ...demoEnv("http://sandbox.invalid"), ...process.env });
const WINDOW_S = settings.UPSTREAM_RATE_WINDOW_SECONDS;
const budget = {
  spotify: { concurrency: settings.SPOTIFY_CONCURRENCY, limit: settings.SPOTIFY_RATE_LIMIT },
  bandsintown: { concurrency: settings.BANDSINTOWN_CONCURRENCY, limit: settings.BANDSINTOWN_RATE_LIMIT },
};
// The sandbox enforces the tighter of our two budgets on every upstream: any 429 would be one we caused.
const sandboxKnobs = { latencyMs: L, rateLimit: Math.min(budget.spotify.limit, budget.bandsintown.limit), rateLimitWindowSeconds: WINDOW_S };

// Not percentile(xs, 50): for an even count the median takes the upper middle value, the percentile the lower one.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const upstreamOf = (key: string) => key.split(" ")[0]!;
const count = (c: Counters, upstream: string) =>
  Object.entries(c.byEndpoint).filter(([k]) => upstreamOf(k) === upstream).reduce((n, [, v]) => n + v, 0);
const tooMany = (c: Counters) => Object.values(c.byStatus).reduce((n, s) => n + (s["429"] ?? 0), 0);

/**
 * The least time these requests can take: the dependency depth (4 round trips), and per upstream
 * the rounds its concurrency allows and the windows its rate budget needs.
 */
function lowerBound(c: Counters): { bound: number; parts: Record<string, number> } {
  const parts: Record<string, number> = { depth: 4 * L };
  for (const [name, b] of Object.entries(budget)) {
    const n = count(c, name);
    parts[`${name} concurrency (${n} req / ${b.concurrency})`] = Math.ceil(n / b.concurrency) * L;
    parts[`${name} rate (${n} req / ${b.limit} per ${WINDOW_S} s)`] = Math.floor(Math.max(0, n - 1) / b.limit) * WINDOW_S * 1000;
  }
  return { bound: Math.max(...Object.values(parts)), parts };
}

/** The measured get_bins query: Amsterdam, 25 km, the next 90 days. */
function binsParams(stack: Stack, top: number, related: number): Record<string, string> {
  const today = stack.sandbox.catalog.today;
  return {
    latitude: String(AMSTERDAM.latitude),
    longitude: String(AMSTERDAM.longitude),
    date_begin: today,
    date_end: addDays(today, 90),
    radius: "25",
    top_artists: String(top),
    related_artists: String(related),
  };
}

function binsUrl(stack: Stack, top: number, related: number): string {
  return `${stack.appUrl}/api/get_bins?${new URLSearchParams(binsParams(stack, top, related))}`;
}

/** CPU time (user + system, ms) a process has used so far: Linux /proc only, else undefined. */
function processCpuMs(pid: number): number | undefined {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, "utf8").split(") ")[1]!.split(" ");
  const ticksPerSecond = 100; // USER_HZ, 100 on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

async function timedGet(url: string, token: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`get_bins answered ${res.status}`);
  return performance.now() - start;
}

/**
 * "Cold" means cold caches, not a cold Node process: load and JIT the app's route code first with
 * requests that reach no upstream data (a 422 and a rejected token), so the measure is the pipeline's.
 */
async function warmUpCode(stack: Stack, measured: string[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await fetch(`${stack.appUrl}/api/get_bins?latitude=999`).then((r) => r.arrayBuffer());
    await fetch(binsUrl(stack, 5, 5), { headers: { Authorization: "Bearer warm-up" } }).then((r) => r.arrayBuffer());
  }
  // One full pipeline run for a listener sharing no artist with the measured ones, if there is one.
  const stranger = strangerListener(stack, measured);
  if (stranger) await timedGet(binsUrl(stack, 5, 5), stack.sandbox.issueToken(stranger).access_token);
}

type Catalog = Stack["sandbox"]["catalog"];

/** The artists a listener's 5×5 request is likely to reach: top 5 and their first `depth` related. */
function reach(catalog: Catalog, listenerId: string, depth: number): Set<string> {
  const related = new Map(catalog.artists.map((a) => [a.id, a.relatedIds]));
  const top = catalog.listeners.find((l) => l.id === listenerId)!.topArtistIds.medium_term.slice(0, 5);
  return new Set([...top, ...top.flatMap((t) => (related.get(t) ?? []).filter((r) => !top.includes(r)).slice(0, depth))]);
}

/**
 * The persona whose 5×5 request reaches the most distinct artists: the issue's arithmetic (about
 * 72 sequential requests) assumes 30; related lists within one genre overlap, so fewer is usual.
 */
function widestListener(catalog: Catalog): string {
  const personas = catalog.listeners.filter((l) => l.id.startsWith("demo-"));
  return personas.reduce((best, l) => (reach(catalog, l.id, 5).size > reach(catalog, best.id, 5).size ? l : best)).id;
}

/** A listener whose likely artists meet none of the measured listeners'. */
function strangerListener(stack: Stack, measuredIds: string[]): string | undefined {
  const { catalog } = stack.sandbox;
  const measured = new Set(measuredIds.flatMap((id) => [...reach(catalog, id, 10)]));
  return catalog.listeners.find((l) => !measuredIds.includes(l.id) && [...reach(catalog, l.id, 10)].every((a) => !measured.has(a)))?.id;
}

/** Runs `run` on a fresh stack, warmed up without touching the caches of the `measured` listeners (passed on to `run`). */
async function withStack<T>(measured: (catalog: Catalog) => string[], run: (stack: Stack, measured: string[]) => Promise<T>): Promise<T> {
  const stack = await startStack({ profile: "full-access", knobs: sandboxKnobs, quiet: true });
  try {
    const listeners = measured(stack.sandbox.catalog);
    await warmUpCode(stack, listeners);
    return await run(stack, listeners);
  } finally {
    await stack.stop();
  }
}

async function main() {
  ensureBuilt();
  if (process.argv.includes("--instances")) {
    const instances = await benchInstances(arg("instances", 2), DEFAULT_PATH_L, JITTER, arg("listeners", 500), arg("cities", 20));
    printInstances(instances);
    writeResults({ instances });
    return;
  }
  const defaultPath = ONLY.includes("default-path") ? await benchDefaultPath(DEFAULT_PATH_L, JITTER, REPS) : undefined;
  if (defaultPath) printDefaultPath(defaultPath);
  const flood = ONLY.includes("flood") ? await benchFlood(DEFAULT_PATH_L, JITTER) : undefined;
  if (flood) printFlood(flood);
  if (!ONLY.includes("full-access")) return;
  console.log(`\nFull access: L = ${L} ms per upstream request, ${REPS} cold runs; budgets ${JSON.stringify(budget)} per ${WINDOW_S} s\n`);

  // 1. 5×5, cold then warm, REPS fresh app processes (fresh caches).
  const cold: number[] = [];
  const warm: number[] = [];
  let coldRequests = 0;
  let warmRequests = 0;
  let caused429 = 0;
  let listener = "";
  for (let i = 0; i < REPS; i++) {
    await withStack((c) => [widestListener(c)], async (stack, [widest]) => {
      listener = widest!;
      const token = stack.sandbox.issueToken(listener).access_token;
      const url = binsUrl(stack, 5, 5);
      stack.sandbox.resetCounters();
      cold.push(await timedGet(url, token));
      coldRequests = stack.sandbox.counters().total;
      caused429 += tooMany(stack.sandbox.counters());
      stack.sandbox.resetCounters();
      warm.push(await timedGet(url, token));
      warmRequests = stack.sandbox.counters().total;
    });
  }
  const coldMs = median(cold);
  const warmMs = median(warm);

  // 2. The sequential client: the same upstream calls, one at a time.
  const sequential = await withStack((c) => [widestListener(c)], async (stack) => {
    const token = stack.sandbox.issueToken(listener).access_token;
    // The same request the HTTP API builds from the same query.
    const request = toBinsRequest(binsQuery.parse(binsParams(stack, 5, 5)));
    stack.sandbox.resetCounters();
    const start = performance.now();
    await getBins(sequentialPipeline(stack.sandbox.url), { spotifyToken: token, timeRange: "medium_term" }, request);
    return { ms: performance.now() - start, requests: stack.sandbox.counters().total };
  });

  // 3. 20×10 cold against its lower bound, REPS fresh app processes; the median run is reported.
  const bigRun = () => withStack(() => ["demo-indie"], async (stack) => {
    const token = stack.sandbox.issueToken("demo-indie").access_token;
    stack.sandbox.resetCounters();
    const ms = await timedGet(binsUrl(stack, 20, 10), token);
    const c = stack.sandbox.counters();
    return { ms, ...lowerBound(c), requests: c.total, spotify: count(c, "spotify"), bandsintown: count(c, "bandsintown"), caused429: tooMany(c) };
  });
  const bigRuns: Awaited<ReturnType<typeof bigRun>>[] = [];
  for (let i = 0; i < REPS; i++) bigRuns.push(await bigRun());
  const big = { ...[...bigRuns].sort((a, b) => a.ms - b.ms)[Math.floor(bigRuns.length / 2)]!, all: bigRuns.map((r) => r.ms), caused429: bigRuns.reduce((n, r) => n + r.caused429, 0) };

  // 4. 50 different listeners at once.
  const crowd = await withStack((c) => c.listeners.filter((l) => l.id.startsWith("listener-")).map((l) => l.id), async (stack) => {
    const listeners = stack.sandbox.catalog.listeners.filter((l) => l.id.startsWith("listener-")).slice(0, 50);
    const url = binsUrl(stack, 5, 5);
    const tokens = listeners.map((l) => stack.sandbox.issueToken(l.id).access_token);
    stack.sandbox.resetCounters();
    const appCpuBefore = processCpuMs(stack.appPid);
    const benchCpuBefore = process.cpuUsage();
    const start = performance.now();
    const times = await Promise.all(tokens.map((t) => timedGet(url, t)));
    const wallMs = performance.now() - start;
    const appCpuAfter = processCpuMs(stack.appPid);
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const c = stack.sandbox.counters();
    const publicKeys = Object.entries(c.byResource).filter(([k]) => !k.includes("/me/top/"));
    return {
      ...lowerBound(c),
      listeners: listeners.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      requests: c.total,
      distinctNeeded: publicKeys.length + listeners.length,
      maxFetchesOfOneResource: Math.max(...publicKeys.map(([, n]) => n)),
      caused429: tooMany(c),
      wallMs,
      // Where the time goes: the app's CPU time against the wall time shows whether the crowd is CPU-bound.
      appCpuMs: appCpuBefore === undefined || appCpuAfter === undefined ? undefined : appCpuAfter - appCpuBefore,
      sandboxCpuMs: (benchCpu.user + benchCpu.system) / 1000,
    };
  });

  const inL = (ms: number) => `${(ms / L).toFixed(2)} L`;
  const rows: [string, string, string, string][] = [
    ["5×5 cold (median)", `${coldMs.toFixed(0)} ms`, inL(coldMs), `${listener}: ${coldRequests} upstream requests; target ≤ 5 L`],
    ["5×5 warm (median)", `${warmMs.toFixed(0)} ms`, inL(warmMs), `${warmRequests} upstream request(s); target ≤ 1.5 L`],
    ["5×5 sequential client", `${sequential.ms.toFixed(0)} ms`, inL(sequential.ms), `${sequential.requests} upstream requests, one at a time`],
    ["speed-up vs sequential", `${(sequential.ms / coldMs).toFixed(1)}×`, "", "target ≥ 14×"],
    ["20×10 cold (median)", `${big.ms.toFixed(0)} ms`, inL(big.ms), `${big.requests} requests (${big.spotify} Spotify, ${big.bandsintown} Bandsintown)`],
    ["20×10 lower bound", `${big.bound.toFixed(0)} ms`, inL(big.bound), `measured / bound = ${(big.ms / big.bound).toFixed(2)} (target ≤ 1.25)`],
    [`${crowd.listeners} listeners at once p50`, `${crowd.p50.toFixed(0)} ms`, inL(crowd.p50), `${(crowd.p50 / coldMs).toFixed(2)}× a single cold request`],
    [`${crowd.listeners} listeners at once p95`, `${crowd.p95.toFixed(0)} ms`, inL(crowd.p95), `${(crowd.p95 / coldMs).toFixed(2)}× a single cold request (target ≤ 2×)`],
    [
      `  lower bound (all ${crowd.listeners})`,
      `${crowd.bound.toFixed(0)} ms`,
      inL(crowd.bound),
      `${(crowd.bound / coldMs).toFixed(2)}× a single cold request: what the budgets allow however fast the app`,
    ],
    [
      "  CPU time used",
      crowd.appCpuMs === undefined ? "n/a" : `${crowd.appCpuMs.toFixed(0)} ms`,
      "",
      `by the app, in ${crowd.wallMs.toFixed(0)} ms of wall time; sandbox and clients: ${crowd.sandboxCpuMs.toFixed(0)} ms (2 processes on ${availableParallelism()} cores)`,
    ],
    ["  upstream requests", String(crowd.requests), "", `distinct needed ${crowd.distinctNeeded}; most fetches of one public resource: ${crowd.maxFetchesOfOneResource}`],
    ["429s we caused", String(caused429 + big.caused429 + crowd.caused429), "", `sandbox limits every upstream to ${sandboxKnobs.rateLimit} per ${WINDOW_S} s`],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ["scenario", "time", "in L", "notes"][i]!.length));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(["scenario", "time", "in L", "notes"]));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  rows.forEach((r) => console.log(line(r)));
  console.log("\n20×10 bound components (ms):", big.parts);
  console.log(`${crowd.listeners} listeners bound components (ms):`, crowd.parts);

  const json = { defaultPath, flood, listener, latencyMs: L, reps: REPS, budget, windowSeconds: WINDOW_S, cold, warm, coldMs, warmMs, coldRequests, warmRequests, sequential, speedup: sequential.ms / coldMs, big, crowd, caused429: caused429 + big.caused429 + crowd.caused429 };
  writeResults(json);
}

/** The numbers as JSON: printed, and written to bench-results/latest.json. */
function writeResults(json: object): void {
  const out = path.join(ROOT, "bench-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "latest.json"), JSON.stringify(json, null, 2));
  console.log("\n" + JSON.stringify(json));
}

function printDefaultPath(r: DefaultPathResult) {
  const Ld = r.latencyMs;
  const inL = (ms: number) => `${(ms / Ld).toFixed(2)} L`;
  const med = (f: (x: DefaultPathResult["cold"][number]) => number) => median(r.cold.map(f));
  const first = med((x) => x.firstConcertsMs);
  const full = med((x) => x.fullMs);
  const fullBound = med((x) => x.fullBoundMs);
  const firstBound = med((x) => x.firstBoundMs);
  const warmFull = median(r.warm.map((w) => w.fullMs));
  const warmFirst = median(r.warm.map((w) => w.firstConcertsMs));
  const sample = r.cold[Math.floor(r.cold.length / 2)]!;
  console.log(`The default path: ${r.listener} in ${r.city}, 50 km, 60 days, the whole taste and discoveries (what the page sends), a Spotify app in development mode; L = ${Ld} ms ± ${JITTER} ms, ${r.cold.length} cold runs\n`);
  const rows: [string, string, string, string][] = [
    ["first concerts, cold (median)", `${first.toFixed(0)} ms`, inL(first), `target ≤ 3 L; bound ${inL(firstBound)} (the token accepted by the first taste read, then the listings' first page)`],
    ["full answer, cold (median)", `${full.toFixed(0)} ms`, inL(full), `bound ${fullBound.toFixed(0)} ms: measured / bound = ${(full / fullBound).toFixed(2)} (target ≤ 1.5)`],
    ["first concerts, warm (median)", `${warmFirst.toFixed(0)} ms`, inL(warmFirst), ""],
    ["full answer, warm (median)", `${warmFull.toFixed(0)} ms`, inL(warmFull), `${r.warm[0]?.requests} upstream request(s) (the listener's taste), once ${r.warm[0]?.describedAfter} searches described the city (${r.warm[0]?.waiting} left); target ≤ 1.5 L`],
    ["upstream requests, cold", String(Object.values(sample.requests).reduce((a, b) => a + b, 0)), "", JSON.stringify(sample.requests)],
    ["most fetches of one public resource", String(Math.max(...r.cold.map((x) => x.maxFetchesOfOneResource))), "", "target 1: each fetched once per cache lifetime"],
    ["concerts in the answer", String(sample.concerts), "", ""],
    ["429s we caused", String(r.caused429), "", ""],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length), ["scenario", "time", "in L", "notes"][i]!.length));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(["scenario", "time", "in L", "notes"]));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  rows.forEach((row) => console.log(line(row)));
  console.log("\nfull answer bound components (ms), median run:", sample.fullBoundParts);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
