// Fault injection: latency, jitter, rolling-window rate limit, random 429/5xx/timeouts/malformed bodies.
// Randomness comes from a seeded PRNG that restarts whenever knobs are set, so a run is reproducible.
import { mulberry32 } from "../catalog/random";
import { UPSTREAMS, type Knobs, type Upstream } from "./knobs";

export type Fault =
  | { kind: "none" }
  | { kind: "rateLimited"; retryAfter: number; burst: boolean }
  | { kind: "error"; status: 500 | 502 | 503 }
  | { kind: "timeout" }
  | { kind: "malformed" };

export class FaultEngine {
  // Set by reset(), which the constructor calls.
  private rand!: () => number;
  private jitterRand!: () => number;
  private windows!: Record<Upstream, number[]>;

  constructor(private getKnobs: () => Knobs) {
    this.reset();
  }

  /** Restart the PRNGs and rate windows (called when knobs change). */
  reset(): void {
    const seed = this.getKnobs().faultSeed;
    this.rand = mulberry32(seed);
    this.jitterRand = mulberry32(seed ^ 0x9e3779b9);
    this.windows = Object.fromEntries(UPSTREAMS.map((u) => [u, []])) as unknown as Record<Upstream, number[]>;
  }

  delayMs(): number {
    const k = this.getKnobs();
    if (k.latencyMs <= 0 && k.jitterMs <= 0) return 0;
    const jitter = k.jitterMs > 0 ? (this.jitterRand() * 2 - 1) * k.jitterMs : 0;
    return Math.max(0, k.latencyMs + jitter);
  }

  applies(upstream: Upstream, decodedPath: string): boolean {
    const k = this.getKnobs();
    if (!k.faultUpstreams.includes(upstream)) return false;
    if (k.faultMatch) {
      if (decodedPath.includes(k.faultMatch)) return true;
      try {
        return new RegExp(k.faultMatch).test(decodedPath);
      } catch {
        return false;
      }
    }
    return true;
  }

  /** Decides the fault for one request. Call once per request, at arrival. */
  decide(upstream: Upstream, decodedPath: string, now = Date.now()): Fault {
    if (!this.applies(upstream, decodedPath)) return { kind: "none" };
    const k = this.getKnobs();
    // Always draw the same number of values per request so runs stay reproducible.
    const [rBurst, rTimeout, rError, rMalformed, rStatus] = [this.rand(), this.rand(), this.rand(), this.rand(), this.rand()];
    if (k.rateLimit > 0) {
      const w = this.windows[upstream];
      while (w.length > 0 && (w[0] ?? 0) <= now - k.rateLimitWindowSeconds * 1000) w.shift();
      if (w.length >= k.rateLimit) return { kind: "rateLimited", retryAfter: k.retryAfterSeconds, burst: false };
      w.push(now);
    }
    if (rBurst < k.burst429Rate) return { kind: "rateLimited", retryAfter: k.retryAfterSeconds, burst: true };
    if (rTimeout < k.timeoutRate) return { kind: "timeout" };
    if (rError < k.errorRate) return { kind: "error", status: ([500, 502, 503] as const)[Math.floor(rStatus * 3)] ?? 503 };
    if (rMalformed < k.malformedRate) return { kind: "malformed" };
    return { kind: "none" };
  }
}
