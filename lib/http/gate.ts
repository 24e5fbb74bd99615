// Admission control for one upstream: at most `concurrency` requests in flight, at most
// `rateLimit` started in any rolling window of `windowMs` (Spotify counts requests over a rolling
// 30-second window), optionally at most `dailyLimit` in any 24 hours (Ticketmaster: 5,000 a day),
// and a shared pause after a 429's Retry-After.
import { setTimeout as sleep } from "node:timers/promises";
import { UpstreamRefusal, type UpstreamName } from "@/lib/domain/errors";

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

export class UpstreamGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly starts: number[] = []; // start times in the last window, oldest first
  private pausedUntil = 0;
  private schedule: Promise<void> = Promise.resolve();
  private readonly dayStarts: number[] = []; // with a daily limit: start times in the last 24 h, oldest first
  private quotaGoneUntil = 0; // the upstream said the quota is used up

  private readonly window: number;

  constructor(
    readonly limits: GateLimits,
    private readonly upstream: UpstreamName,
  ) {
    this.window = limits.windowMs + SLACK_MS;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquireSlot();
    try {
      await this.awaitBudget();
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

  private acquireSlot(): Promise<void> {
    if (this.active < this.limits.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next(); // hand the slot over directly
    else this.active--;
  }

  // Starts are serialized through `schedule` so that waiters take budget in order.
  private awaitBudget(): Promise<void> {
    this.takeFromDailyQuota();
    const turn = this.schedule.then(async () => {
      for (;;) {
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
    this.schedule = turn;
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

  private quotaUsedUp(until: number): UpstreamRefusal {
    const resetsAt = new Date(until);
    return new UpstreamRefusal(this.upstream, "quota_used_up", `${this.upstream.label}'s daily request quota is used up until ${resetsAt.toISOString()}`, undefined, resetsAt);
  }
}
