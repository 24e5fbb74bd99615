// The path a new user takes, as `npm run demo` runs it: a Spotify app in development mode with the
// keyless fallbacks and Ticketmaster, the whole taste and discoveries (what the page sends), over
// the stream endpoint. Measures the time to the first concerts and to the full answer, cold and
// warm, beside their lower bounds, and the upstream requests one search makes.
import type { Counters } from "../../sandbox/server/index";
import { startStack, type Stack } from "../stack";
import { addDays } from "../../lib/dates/date-range";

/** Each upstream's budget in the default setup (lib/sources/<vendor>/index.ts), for the lower bound. */
const BUDGETS: Record<string, { concurrency: number; rate: number; windowMs: number }> = {
  spotify: { concurrency: 128, rate: 1500, windowMs: 30_000 },
  deezer: { concurrency: 10, rate: 50, windowMs: 5000 },
  reccobeats: { concurrency: 8, rate: 10, windowMs: 1000 },
  ticketmaster: { concurrency: 5, rate: 5, windowMs: 1000 },
};

/**
 * The dependency depth of a full answer, in round trips: the listener's taste; similar artists
 * from Deezer (its artist search, then its related artists) matched to Spotify by name; each
 * artist's tracks by Spotify search; their features from ReccoBeats. Discoveries run beside it
 * (the listings, then each performer's search, tracks and features) and are no deeper.
 */
const FULL_DEPTH = 6;

const upstreamCount = (c: Counters, upstream: string) =>
  Object.entries(c.byEndpoint).filter(([k]) => k.startsWith(`${upstream} `)).reduce((n, [, v]) => n + v, 0);

/** The least time: the depth (round trips), and per upstream the rounds its concurrency allows and the windows its rate needs. */
export function bound(c: Counters, L: number, depth: number, only?: string[]) {
  const parts: Record<string, number> = { [`depth (${depth} round trips)`]: depth * L };
  for (const [name, b] of Object.entries(BUDGETS)) {
    if (only && !only.includes(name)) continue;
    const n = upstreamCount(c, name);
    if (n === 0) continue;
    parts[`${name} concurrency (${n} / ${b.concurrency})`] = Math.ceil(n / b.concurrency) * L;
    parts[`${name} rate (${n} / ${b.rate} per ${b.windowMs / 1000} s)`] = Math.floor(Math.max(0, n - 1) / b.rate) * b.windowMs;
  }
  return { ms: Math.max(...Object.values(parts)), parts };
}

interface StreamTimes {
  firstConcertsMs: number;
  fullMs: number;
  concerts: number;
  /** Performers left for a later search. */
  waiting: number;
}

/** A listener whose taste shares little with the measured one's, for warming the code. */
const STRANGER = "listener-07";

/** get_bins/stream as the page reads it: the time to the first concerts line and to the result line. */
async function streamTimes(url: string, token: string): Promise<StreamTimes> {
  const start = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
  let firstConcertsMs = NaN;
  let buffer = "";
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = JSON.parse(buffer.slice(0, nl)) as { type: string; data?: { concerts?: unknown[]; taste?: { discoveries: { waiting: number } | null } }; error?: string };
      buffer = buffer.slice(nl + 1);
      if (line.type === "concerts" && Number.isNaN(firstConcertsMs)) firstConcertsMs = performance.now() - start;
      if (line.type === "error") throw new Error(`stream error: ${line.error}`);
      if (line.type === "result") {
        return { firstConcertsMs, fullMs: performance.now() - start, concerts: line.data?.concerts?.length ?? 0, waiting: line.data?.taste?.discoveries?.waiting ?? 0 };
      }
    }
  }
  throw new Error("the stream ended without a result");
}

export interface DefaultPathResult {
  latencyMs: number;
  listener: string;
  city: string;
  cold: { firstConcertsMs: number; firstBoundMs: number; fullMs: number; fullBoundMs: number; fullBoundParts: Record<string, number>; requests: Record<string, number>; maxFetchesOfOneResource: number; concerts: number }[];
  /** `describedAfter`: the searches it took until every performer nearby was described (`waiting` left then). */
  warm: { firstConcertsMs: number; fullMs: number; requests: number; describedAfter: number; waiting: number }[];
  caused429: number;
}

/** `reps` fresh app processes (cold caches), each searched twice (cold, then warm). */
export async function benchDefaultPath(L: number, jitter: number, reps: number): Promise<DefaultPathResult> {
  const listener = "demo-indie";
  const city = { name: "Berlin", latitude: 52.52, longitude: 13.405 };
  const out: DefaultPathResult = { latencyMs: L, listener, city: city.name, cold: [], warm: [], caused429: 0 };
  for (let i = 0; i < reps; i++) {
    const stack: Stack = await startStack({ profile: "new-app", knobs: { latencyMs: L, jitterMs: jitter }, quiet: true });
    try {
      const today = stack.sandbox.catalog.today;
      const query = new URLSearchParams({
        latitude: String(city.latitude),
        longitude: String(city.longitude),
        date_begin: today,
        date_end: addDays(today, 59),
        radius: "50",
        top_artists: "5",
        related_artists: "5",
        taste: "whole",
        discoveries: "true",
      });
      const url = `${stack.appUrl}/api/get_bins/stream?${query}`;
      // "Cold" means cold caches, not cold code: one whole search first, by another listener on another continent.
      const elsewhere = new URLSearchParams({ ...Object.fromEntries(query), latitude: "-33.8688", longitude: "151.2093" });
      await streamTimes(`${stack.appUrl}/api/get_bins/stream?${elsewhere}`, stack.sandbox.issueToken(STRANGER).access_token);
      const token = stack.sandbox.issueToken(listener).access_token;
      stack.sandbox.resetCounters();
      const cold = await streamTimes(url, token);
      const c = stack.sandbox.counters();
      const publicFetches = Object.entries(c.byResource).filter(([k]) => !k.includes("/me/top/")).map(([, n]) => n);
      out.cold.push({
        firstConcertsMs: cold.firstConcertsMs,
        fullMs: cold.fullMs,
        concerts: cold.concerts,
        // The first concerts need the listings' first page, asked for once Spotify has accepted the token
        // (the first taste read: no shared budget is spent on a token nobody checked).
        firstBoundMs: bound(c, L, 2, ["ticketmaster"]).ms,
        fullBoundMs: bound(c, L, FULL_DEPTH).ms,
        fullBoundParts: bound(c, L, FULL_DEPTH).parts,
        requests: Object.fromEntries(Object.keys({ ...BUDGETS, accounts: 0 }).map((u) => [u, upstreamCount(c, u)])),
        maxFetchesOfOneResource: Math.max(...publicFetches),
      });
      out.caused429 += Object.values(c.byStatus).reduce((n, s) => n + (s["429"] ?? 0), 0);
      // Warm: once the performers left for later searches (the per-search cap) are described too.
      // Each search describes at most DISCOVERY_LOOKUPS new performers, so a big city takes several.
      let searches = 1;
      for (; searches < 30 && cold.waiting > 0; searches++) cold.waiting = (await streamTimes(url, token)).waiting;
      stack.sandbox.resetCounters();
      const warm = await streamTimes(url, token);
      out.warm.push({ firstConcertsMs: warm.firstConcertsMs, fullMs: warm.fullMs, requests: stack.sandbox.counters().total, describedAfter: searches, waiting: warm.waiting });
    } finally {
      await stack.stop();
    }
  }
  return out;
}
