// Admission control for one upstream: at most `concurrency` requests in flight, at most
// `rateLimit` started in any rolling window of `windowMs` (Spotify counts requests over a rolling
// 30-second window), optionally at most `dailyLimit` in any 24 hours (Ticketmaster: 5,000 a day),
// and a shared pause after a 429's Retry-After. Budgets belong to our app, but no client may take
// them all: waiting requests are admitted client by client in turn, and each client may use only a
// share of a daily quota. Work still waiting for a request that has ended is dropped, never sent.
import { setTimeout as sleep } from "node:timers/promises";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { UpstreamFailure, UpstreamRefusal, type UpstreamName } from "@/lib/domain/errors";
import { currentCall } from "./call-context";

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

// A little slack so that request arrival jitter never lets the upstream see more than the budget.
const SLACK_MS = 50;
const DAY_MS = 86_400_000;
/** A client's share of a daily quota: enough for a day of heavy use, too little to starve the others. */
export const DAILY_SHARE = 0.1;
/** Calls made outside any request (scripts, background work) queue as one client. */
const NO_CLIENT = "";

type Waiter = () => void;

export class UpstreamGate {
  private active = 0;
  /** Waiting calls by client, clients in turn order (Map keeps insertion order: a served client goes last). */
  private readonly waiting = new Map<string, Waiter[]>();
  private readonly starts: number[] = []; // start times in the last window, oldest first
  private pausedUntil = 0;
  private schedule: Promise<void> = Promise.resolve();
  private readonly dayStarts: number[] = []; // with a daily limit: start times in the last 24 h, oldest first
  private quotaGoneUntil = 0; // the upstream said the quota is used up
  private readonly dailyShares?: RateLimiterMemory;

  private readonly window: number;

  constructor(
    readonly limits: GateLimits,
    private readonly upstream: UpstreamName,
  ) {
    this.window = limits.windowMs + SLACK_MS;
    if (limits.dailyLimit !== undefined) {
      this.dailyShares = new RateLimiterMemory({ points: Math.max(1, Math.ceil(limits.dailyLimit * DAILY_SHARE)), duration: DAY_MS / 1000 });
    }
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const call = currentCall();
    const client = call?.client ?? NO_CLIENT;
    await this.takeDailyShare(client);
    await this.acquireSlot(client, call?.signal);
    try {
      await this.awaitBudget(call?.signal);
      return await fn();
    } finally {
      this.releaseSlot();
    }
  }

  /** Stop starting requests until `ms` from now (e.g. a 429's Retry-After). */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  /** How long starts are still paused for, in ms (0 when not paused). */
  pausedForMs(): number {
    return Math.max(0, this.pausedUntil - Date.now());
  }

  /** The upstream says its daily quota is used up: refuse requests for `ms` (then one may ask again). */
  quotaUsedUpFor(ms: number): void {
    this.quotaGoneUntil = Math.max(this.quotaGoneUntil, Date.now() + ms);
  }

  private acquireSlot(client: string, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(this.cancelled());
    if (this.active < this.limits.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(client) ?? [];
      const onAbort = () => {
        const i = queue.indexOf(waiter);
        if (i !== -1) queue.splice(i, 1);
        if (queue.length === 0 && this.waiting.get(client) === queue) this.waiting.delete(client);
        reject(this.cancelled());
      };
      const waiter: Waiter = () => (signal?.removeEventListener("abort", onAbort), resolve());
      queue.push(waiter);
      this.waiting.set(client, queue);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Hand the slot to the next client in turn (its oldest call), or free it. */
  private releaseSlot(): void {
    const next = this.waiting.entries().next();
    if (next.done) {
      this.active--;
      return;
    }
    const [client, queue] = next.value;
    const waiter = queue.shift()!;
    this.waiting.delete(client);
    if (queue.length > 0) this.waiting.set(client, queue); // back of the line
    waiter();
  }

  // Starts are serialized through `schedule` so that waiters take budget in order.
  private awaitBudget(signal: AbortSignal | undefined): Promise<void> {
    this.takeFromDailyQuota();
    const turn = this.schedule.then(async () => {
      for (;;) {
        // A call for a request that has ended takes no budget.
        if (signal?.aborted) throw this.cancelled();
        const now = Date.now();
        while (this.starts.length && now - this.starts[0]! >= this.window) this.starts.shift();
        const wait = Math.max(
          this.pausedUntil - now,
          this.starts.length >= this.limits.rateLimit ? this.starts[0]! + this.window - now : 0,
        );
        if (wait <= 0) break;
        await sleep(wait);
      }
      this.starts.push(Date.now());
    });
    this.schedule = turn.catch(() => undefined);
    return turn;
  }

  // Counted on admission, before any rate wait, so requests beyond the quota are refused at once
  // instead of queueing for budget they can never get.
  private takeFromDailyQuota(): void {
    const now = Date.now();
    if (now < this.quotaGoneUntil) throw this.quotaUsedUp(this.quotaGoneUntil);
    const { dailyLimit } = this.limits;
    if (dailyLimit === undefined) return;
    while (this.dayStarts.length && now - this.dayStarts[0]! >= DAY_MS) this.dayStarts.shift();
    if (this.dayStarts.length >= dailyLimit) throw this.quotaUsedUp(this.dayStarts[0]! + DAY_MS);
    this.dayStarts.push(now);
  }

  /** A client that has used its share of the daily quota waits for tomorrow; the others go on. */
  private async takeDailyShare(client: string): Promise<void> {
    if (!this.dailyShares || client === NO_CLIENT) return;
    try {
      await this.dailyShares.consume(client);
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      const seconds = Math.ceil(refused.msBeforeNext / 1000);
      throw new UpstreamFailure(this.upstream, "rate_limited", `this client has used its share of ${this.upstream.label}'s daily quota`, 429, seconds);
    }
  }

  private cancelled(): UpstreamFailure {
    return new UpstreamFailure(this.upstream, "cancelled", `the request for ${this.upstream.label} ended before it was sent`);
  }

  private quotaUsedUp(until: number): UpstreamRefusal {
    const resetsAt = new Date(until);
    return new UpstreamRefusal(this.upstream, "quota_used_up", `${this.upstream.label}'s daily request quota is used up until ${resetsAt.toISOString()}`, undefined, resetsAt);
  }
}
