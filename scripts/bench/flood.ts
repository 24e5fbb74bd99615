// A flood of made-up tokens beside a signed-in listener: 1,500 requests in about 4 s from 50
// addresses (behind one trusted proxy hop), each carrying the same token Spotify rejects, while the
// listener repeats their warm default-path search. Measures the listener's time during the flood
// against their time alone, and the upstream requests the flood made after its first rejection.
import { setTimeout as sleep } from "node:timers/promises";
import { spawn } from "node:child_process";
import path from "node:path";
import { bin, startStack } from "../stack";
import { addDays } from "../../lib/dates/date-range";

export interface FloodResult {
  latencyMs: number;
  aloneMs: number[];
  duringMs: number[];
  floodRequests: number;
  floodSeconds: number;
  floodStatuses: Record<string, number>;
  /** Upstream requests while the flood ran, beyond what the listener's searches made alone. */
  floodUpstreamRequests: number;
}

const FLOOD = 1500;
const ADDRESSES = 50;
const FLOOD_SECONDS = 4;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchFlood(L: number, jitter: number): Promise<FloodResult> {
  const stack = await startStack({ profile: "new-app", knobs: { latencyMs: L, jitterMs: jitter }, appEnv: { TRUST_PROXY_HOPS: "1", SEARCHES_PER_LISTENER_PER_MINUTE: "1000" } /* the listener searches back to back */, quiet: true });
  try {
    const today = stack.sandbox.catalog.today;
    const query = new URLSearchParams({ latitude: "52.52", longitude: "13.405", date_begin: today, date_end: addDays(today, 59), radius: "50", taste: "whole", discoveries: "true" });
    const url = `${stack.appUrl}/api/get_bins/stream?${query}`;
    const token = stack.sandbox.issueToken("demo-indie").access_token;
    const search = async () => {
      const start = performance.now();
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}`, "X-Forwarded-For": "198.51.100.20" } });
      const text = await res.text();
      if (!res.ok || !text.includes('"type":"result"')) throw new Error(`the listener's search failed: ${res.status} ${text.slice(-300)}`);
      return { ms: performance.now() - start, waiting: text.includes('"discoveries_partial"') };
    };
    // Warm: every performer of the area described (the per-search cap leaves some for later searches).
    for (let i = 0; i < 12 && (await search()).waiting; i++);
    const aloneMs: number[] = [];
    stack.sandbox.resetCounters();
    for (let i = 0; i < 5; i++) aloneMs.push((await search()).ms);
    const alonePerSearch = stack.sandbox.counters().total / aloneMs.length;

    const first = await fetch(url, { headers: { Authorization: "Bearer made-up-token", "X-Forwarded-For": "10.1.9.9" } });
    if (first.status !== 401) throw new Error(`a made-up token got ${first.status}`);
    stack.sandbox.resetCounters();
    const attacker = spawn(bin("tsx"), [path.join(__dirname, "flood-client.ts"), url, String(FLOOD), String(FLOOD_SECONDS), String(ADDRESSES)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    attacker.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const finished = new Promise<void>((resolve) => attacker.once("exit", () => resolve()));
    let done = false;
    void finished.then(() => (done = true));
    while (!out.includes("flooding") && !done) await sleep(20); // the attacker's process starting up
    const duringMs: number[] = [];
    while (!done) duringMs.push((await search()).ms);
    const { byStatus: floodStatuses, seconds: floodSeconds } = JSON.parse(out.trim().split("\n").at(-1)!) as { byStatus: Record<string, number>; seconds: number };
    const upstream = stack.sandbox.counters().total;
    return {
      latencyMs: L,
      aloneMs,
      duringMs,
      floodRequests: Object.values(floodStatuses).reduce((a, b) => a + b, 0),
      floodSeconds,
      floodStatuses,
      floodUpstreamRequests: Math.max(0, upstream - Math.round(alonePerSearch * duringMs.length)),
    };
  } finally {
    await stack.stop();
  }
}

export function printFlood(r: FloodResult): void {
  const alone = median(r.aloneMs);
  const during = median(r.duringMs);
  const worst = Math.max(...r.duringMs);
  console.log(`\nA flood of made-up tokens: ${r.floodRequests} requests in ${r.floodSeconds.toFixed(1)} s from ${ADDRESSES} addresses, beside a listener's warm default-path search; L = ${r.latencyMs} ms\n`);
  console.log(`| scenario | time | notes |`);
  console.log(`| --- | --- | --- |`);
  console.log(`| listener's warm search alone (median of ${r.aloneMs.length}) | ${alone.toFixed(0)} ms | |`);
  console.log(`| during the flood (median of ${r.duringMs.length}) | ${during.toFixed(0)} ms | ${(during / alone).toFixed(2)}× alone (target ≤ 1.5×); slowest ${worst.toFixed(0)} ms |`);
  console.log(`| flood's answers | ${JSON.stringify(r.floodStatuses)} | |`);
  console.log(`| upstream requests caused by the flood | ${r.floodUpstreamRequests} | after the first rejection (target 0) |`);
}
