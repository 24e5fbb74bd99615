// Admission control for one upstream: at most `concurrency` requests in flight, at most
// `rateLimit` started in any rolling window of `windowMs` (Spotify counts requests over a rolling
// 30-second window), optionally at most `dailyLimit` in any 24 hours (Ticketmaster: 5,000 a day),
// and a shared pause after a 429's Retry-After. Budgets belong to our app, but no client may take
// them all: waiting requests are admitted client by client in turn, and each client may use only a
// share of a daily quota. Work still waiting for a request that has ended is dropped, never sent.
// With several instances, the window, the daily quota, the pause and the clients' shares are also
// taken from what all instances share (lib/http/shared-budget.ts); the in-flight limit stays each
// instance's own, and so do its own counts, which are what holds while the shared ones are unreachable.
import { setTimeout as sleep } from "node:timers/promises";
import { RateLimiterRes } from "rate-limiter-flexible";
import { UpstreamFailure, UpstreamRefusal, type UpstreamName } from "@/lib/domain/errors";
import { currentCall } from "./call-context";
import { PROCESS_BUDGETS, type Budgets, type ClientLimiter, type GateLimits, type SharedBudget } from "./shared-budget";


// A little slack so that request arrival jitter never lets the upstream see more than the budget.
const SLACK_MS = 50;
const DAY_MS = 86_400_000;
/** A client's share of a daily quota: enough for a day of heavy use, too little to starve the others. */
export const DAILY_SHARE = 0.1;
/** Calls made outside any request (scripts, background work) queue as one client. */
const NO_CLIENT = "";

type Waiter = () => void;

/** A call waiting for a start in the rate budget. */
interface BudgetWaiter {
  /** With several instances: the shared start it was given, to mark finished once answered. */
  admit: (start: string | undefined) => void;
  refuse: (error: unknown) => void;
  signal?: AbortSignal;
}

export class UpstreamGate {
  private active = 0;
  /** Waiting calls by client, clients in turn order (Map keeps insertion order: a served client goes last). */
  private readonly waiting = new Map<string, Waiter[]>();
  private readonly starts: number[] = []; // this instance's start times in the last window, oldest first
  private pausedUntil = 0;
  /** Calls waiting for budget, in order; one loop at a time admits them. */
  private readonly budgetQueue: BudgetWaiter[] = [];
  private admitting = false;
  private readonly dayStarts: number[] = []; // with a daily limit: start times in the last 24 h, oldest first
  private quotaGoneUntil = 0; // the upstream said the quota is used up
  private readonly dailyShares?: ClientLimiter;
  private readonly shared?: SharedBudget;

  private readonly window: number;

  constructor(
    readonly limits: GateLimits,
    private readonly upstream: UpstreamName,
    budgets: Budgets = PROCESS_BUDGETS,
  ) {
    this.window = limits.windowMs + SLACK_MS;
    this.shared = budgets.upstream(upstream, { ...limits, windowMs: this.window });
    if (limits.dailyLimit !== undefined) {
      const points = Math.max(1, Math.ceil(limits.dailyLimit * DAILY_SHARE));
      this.dailyShares = budgets.limiter({ keyPrefix: `daily-share:${upstream.id}`, points, duration: DAY_MS / 1000 });
    }
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const call = currentCall();
    const client = call?.client ?? NO_CLIENT;
    await this.takeDailyShare(client);
    await this.acquireSlot(client, call?.signal);
    let start: string | undefined;
    try {
      await this.takeFromDailyQuota();
      start = await this.awaitBudget(call?.signal);
      return await fn();
    } finally {
      if (start !== undefined) this.shared?.finished(start);
      this.releaseSlot();
    }
  }

  /** Stop starting requests until `ms` from now (e.g. a 429's Retry-After). */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
    this.shared?.pauseFor(ms);
  }

  /** How long starts are still paused for, in ms (0 when not paused). */
  pausedForMs(): number {
    return Math.max(0, this.pausedUntil - Date.now());
  }

  /** The upstream says its daily quota is used up: refuse requests for `ms` (then one may ask again). */
  quotaUsedUpFor(ms: number): void {
    this.quotaGoneUntil = Math.max(this.quotaGoneUntil, Date.now() + ms);
    this.shared?.quotaUsedUpFor(ms);
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

  /** Wait for a start in the rate budget: waiters are admitted in order, as many at once as the budget allows. */
  private awaitBudget(signal: AbortSignal | undefined): Promise<string | undefined> {
    return new Promise((admit, refuse) => {
      this.budgetQueue.push({ admit, refuse, signal });
      if (!this.admitting) void this.admitWaiting();
    });
  }

  // One loop admits waiters: this instance's own window first, then (with several instances) the
  // shared one, asked once for all who wait, so a burst costs one round trip, not one per call.
  private async admitWaiting(): Promise<void> {
    this.admitting = true;
    try {
      for (;;) {
        this.dropEnded();
        if (this.budgetQueue.length === 0) return;
        const now = Date.now();
        while (this.starts.length && now - this.starts[0]! >= this.window) this.starts.shift();
        const full = this.starts.length >= this.limits.rateLimit;
        const wait = Math.max(this.pausedUntil - now, full ? this.starts[0]! + this.window - now : 0);
        if (wait > 0) {
          await sleep(wait);
          continue;
        }
        const room = Math.min(this.budgetQueue.length, this.limits.rateLimit - this.starts.length);
        const taken = this.shared ? await this.shared.takeStarts(room) : { granted: room, waitMs: 0, paused: false };
        if (taken.paused) this.pausedUntil = Math.max(this.pausedUntil, Date.now() + taken.waitMs);
        this.budgetQueue.splice(0, taken.granted).forEach((waiter, i) => {
          this.starts.push(Date.now());
          const start = taken.starts?.[i];
          // A call whose request ended meanwhile wastes its start, but is never sent.
          if (!waiter.signal?.aborted) return waiter.admit(start);
          if (start !== undefined) this.shared?.finished(start);
          waiter.refuse(this.cancelled());
        });
        if (taken.granted < room && !taken.paused) await sleep(Math.max(1, taken.waitMs));
      }
    } finally {
      this.admitting = false;
    }
  }

  /** A call for a request that has ended takes no budget. */
  private dropEnded(): void {
    for (let i = this.budgetQueue.length - 1; i >= 0; i--) {
      const waiter = this.budgetQueue[i]!;
      if (!waiter.signal?.aborted) continue;
      this.budgetQueue.splice(i, 1);
      waiter.refuse(this.cancelled());
    }
  }

  // Counted on admission, before any rate wait, so requests beyond the quota are refused at once
  // instead of queueing for budget they can never get.
  private async takeFromDailyQuota(): Promise<void> {
    const now = Date.now();
    if (now < this.quotaGoneUntil) throw this.quotaUsedUp(this.quotaGoneUntil);
    const { dailyLimit } = this.limits;
    if (dailyLimit === undefined) return;
    while (this.dayStarts.length && now - this.dayStarts[0]! >= DAY_MS) this.dayStarts.shift();
    if (this.dayStarts.length >= dailyLimit) throw this.quotaUsedUp(this.dayStarts[0]! + DAY_MS);
    this.dayStarts.push(now);
    const usedUpUntil = await this.shared?.takeFromDailyQuota();
    if (usedUpUntil !== undefined) throw this.quotaUsedUp(usedUpUntil);
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
