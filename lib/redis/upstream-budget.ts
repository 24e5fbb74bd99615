import { randomUUID } from "node:crypto";
import type Redis from "ioredis";
import type { UpstreamName } from "@/lib/domain/errors";
import type { GateLimits, Granted, SharedBudget } from "@/lib/http/shared-budget";
import type { SharedStore } from "./shared-store";

// An upstream's budget as every instance shares it: the starts in the rolling window and the calls in
// the last 24 hours are each a sorted set of start times, taken from atomically by one script that
// reads Redis's own clock (one clock for all instances). A vendor counts a rolling window (Spotify
// over 30 s): rate-limiter-flexible's Redis limiters count fixed windows, which let up to twice the
// budget through across a window's edge, so this one small script keeps the exact rolling count.
// Unreachable Redis grants everything asked: then each gate's own counts hold (README "Several instances").

/**
 * KEYS: the window's starts (a sorted set), the hold (a pause, or a used-up quota).
 * ARGV: the limit, the window in ms, how many starts are wanted, a unique id for this take.
 * Returns {granted, ms until another start is free or the hold ends, 1 if held}.
 */
const TAKE = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local held = redis.call('PTTL', KEYS[2])
if held > 0 then return {0, held, 1} end
local limit, window, wanted = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local granted = math.max(0, math.min(wanted, limit - redis.call('ZCARD', KEYS[1])))
for i = 1, granted do redis.call('ZADD', KEYS[1], now, ARGV[4] .. ':' .. i) end
if granted > 0 then redis.call('PEXPIRE', KEYS[1], window) end
if granted == wanted then return {granted, 0, 0} end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {granted, tonumber(oldest[2]) + window - now, 0}
`;
const COMMAND = "gigscoveryTakeBudget";
const DAY_MS = 86_400_000;

type Take = (window: string, hold: string, limit: number, windowMs: number, wanted: number, id: string) => Promise<[number, number, number]>;

function take(redis: Redis): Take {
  if (!(COMMAND in redis)) redis.defineCommand(COMMAND, { numberOfKeys: 2, lua: TAKE });
  return (redis as unknown as Record<typeof COMMAND, Take>)[COMMAND].bind(redis);
}

export class RedisUpstreamBudget implements SharedBudget {
  private readonly keys: { starts: string; paused: string; day: string; quotaGone: string };

  constructor(
    private readonly store: SharedStore,
    upstream: UpstreamName,
    private readonly limits: GateLimits,
  ) {
    const base = `gigscovery:budget:${upstream.id}`;
    this.keys = { starts: `${base}:starts`, paused: `${base}:paused`, day: `${base}:day`, quotaGone: `${base}:quota-gone` };
  }

  takeStarts(wanted: number): Promise<Granted> {
    const everything = { granted: wanted, waitMs: 0, paused: false };
    return this.store.attempt(async (redis) => {
      const [granted, waitMs, held] = await take(redis)(this.keys.starts, this.keys.paused, this.limits.rateLimit, this.limits.windowMs, wanted, randomUUID());
      return { granted, waitMs, paused: held === 1 };
    }, () => everything);
  }

  takeFromDailyQuota(): Promise<number | undefined> {
    const { dailyLimit } = this.limits;
    if (dailyLimit === undefined) return Promise.resolve(undefined);
    return this.store.attempt(async (redis) => {
      const [granted, waitMs] = await take(redis)(this.keys.day, this.keys.quotaGone, dailyLimit, DAY_MS, 1, randomUUID());
      return granted === 1 ? undefined : Date.now() + waitMs;
    }, () => undefined);
  }

  pauseFor(ms: number): void {
    void this.hold(this.keys.paused, ms);
  }

  quotaUsedUpFor(ms: number): void {
    void this.hold(this.keys.quotaGone, ms);
  }

  /** Hold every instance's starts for `ms`, or longer if a hold already runs longer. */
  private hold(key: string, ms: number): Promise<void> {
    const whole = Math.max(1, Math.ceil(ms));
    return this.store.attempt(async (redis) => {
      await redis.multi().set(key, "1", "PX", whole, "NX").pexpire(key, whole, "GT").exec();
    }, () => undefined);
  }
}
