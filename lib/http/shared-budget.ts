import { RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { UpstreamName } from "@/lib/domain/errors";

// What several instances share of an upstream's budget (lib/redis/upstream-budget.ts implements it
// on Redis): starts in the rolling window, the daily quota, a pause after a 429, a used-up quota.
// Each gate keeps its own counts too: they are what holds while the shared ones cannot be reached.

export interface GateLimits {
  concurrency: number;
  /** Requests started in any rolling window. */
  rateLimit: number;
  windowMs: number;
  /**
   * A vendor's daily quota, counted over any rolling 24 hours so it holds whatever hour the vendor's
   * day starts at. Once reached, requests fail at once with an UpstreamRefusal (quota_used_up).
   */
  dailyLimit?: number;
}

export interface Granted {
  /** How many starts were taken (at most as many as asked for). */
  granted: number;
  /** Each start taken, to be marked finished when its request has its answer (none when Redis was not reached). */
  starts?: string[];
  /** When fewer: ms until another may be taken. */
  waitMs: number;
  /** Whether a pause (a 429's Retry-After, from any instance) holds every start. */
  paused: boolean;
}

export interface SharedBudget {
  /** Take up to `wanted` starts from the window all instances share; all of them when it cannot be reached. */
  takeStarts(wanted: number): Promise<Granted>;
  /**
   * A start's request has its answer: from now on it counts for one window. Until then it counts as
   * in flight, however late it was sent, so the upstream never sees more than the budget in a
   * window, whatever each instance's delay between taking a start and the request's arrival.
   */
  finished(start: string): void;
  /** Take one call from the daily quota: undefined when taken (or it cannot be reached), else when it frees up (ms since epoch). */
  takeFromDailyQuota(): Promise<number | undefined>;
  /** Every instance stops starting requests until `ms` from now. */
  pauseFor(ms: number): void;
  /** Every instance refuses requests for `ms`: the upstream said the quota is used up. */
  quotaUsedUpFor(ms: number): void;
}

/** A limit per client (rate-limiter-flexible's API, which its memory and Redis limiters share). */
export type ClientLimiter = Pick<RateLimiterAbstract, "consume" | "get" | "block">;

export interface ClientLimiterOptions {
  /** What is limited, e.g. "searchesPerAddress" (keys are prefixed with it). */
  keyPrefix: string;
  points: number;
  /** Seconds. */
  duration: number;
}

/** Where budgets and per-client limits live: this process's memory, or a store all instances share. */
export interface Budgets {
  /** The shared part of `upstream`'s budget; none when each instance keeps its own. */
  upstream(upstream: UpstreamName, limits: GateLimits): SharedBudget | undefined;
  limiter(options: ClientLimiterOptions): ClientLimiter;
}

/** One process on its own (no REDIS_URL): everything in this process's memory, as before Redis. */
export const PROCESS_BUDGETS: Budgets = {
  upstream: () => undefined,
  limiter: (options) => new RateLimiterMemory(options),
};
