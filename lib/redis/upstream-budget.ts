import { randomUUID } from "node:crypto";
import type Redis from "ioredis";
import type { UpstreamName } from "@/lib/domain/errors";
import type { GateLimits, Granted, SharedBudget } from "@/lib/http/shared-budget";
import type { SharedStore } from "./shared-store";

// An upstream's budget as every instance shares it: the starts in the rolling window and the calls in
// the last 24 hours are each a sorted set of start times, taken from atomically by one script that
// reads Redis's own clock (one clock for all instances). A start in the window counts as in flight
// until its request has its answer, and from then on for one window: the upstream saw the request
// somewhere between the start and the answer, so however long an instance took to send it (a busy
// event loop, a new connection), no window at the upstream holds more than the budget. A vendor counts a rolling window (Spotify
// over 30 s): rate-limiter-flexible's Redis limiters count fixed windows, which let up to twice the
// budget through across a window's edge, so this one small script keeps the exact rolling count.
// Unreachable Redis grants everything asked: then each gate's own counts hold (README "Several instances on one Redis").

/**
 * KEYS: the window's starts (a sorted set), the hold (a pause, or a used-up quota).
 * ARGV: the limit, the window in ms, how many starts are wanted, a unique id for this take, how long
 * a start counts as in flight at most (0: it counts from now, as the daily quota's calls do).
 * Returns {granted, ms until another start may be free or the hold ends, 1 if held}.
 */
const TAKE = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local held = redis.call('PTTL', KEYS[2])
if held > 0 then return {0, held, 1} end
local limit, window, wanted, flight = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local granted = math.max(0, math.min(wanted, limit - redis.call('ZCARD', KEYS[1])))
for i = 1, granted do redis.call('ZADD', KEYS[1], now + flight, ARGV[4] .. ':' .. i) end
if granted > 0 then redis.call('PEXPIRE', KEYS[1], window + flight) end
if granted == wanted then return {granted, 0, 0} end
local oldest = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'WITHSCORES', 'LIMIT', 0, 1)
if oldest[2] == nil then return {granted, 25, 0} end
return {granted, tonumber(oldest[2]) + window - now, 0}
`;
/** KEYS: the window's starts. ARGV: a start whose request has its answer: it counts from now, for one window. */
const FINISH = `
local clock = redis.call('TIME')
redis.call('ZADD', KEYS[1], 'XX', tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000), ARGV[1])
return 1
`;
const TAKE_COMMAND = "gigscoveryTakeBudget";
const FINISH_COMMAND = "gigscoveryFinishStart";
const DAY_MS = 86_400_000;
/** Longest a start counts as in flight: past every upstream timeout with its retries' waits (a lost answer cannot hold a start longer). */
const IN_FLIGHT_MS = 60_000;

type Take = (window: string, hold: string, limit: number, windowMs: number, wanted: number, id: string, flightMs: number) => Promise<[number, number, number]>;
type Finish = (window: string, start: string) => Promise<number>;

/** This connection's scripts (defined once per connection, before its first use). */
function scripts(redis: Redis): { take: Take; finish: Finish } {
  if (!(TAKE_COMMAND in redis)) {
    redis.defineCommand(TAKE_COMMAND, { numberOfKeys: 2, lua: TAKE });
    redis.defineCommand(FINISH_COMMAND, { numberOfKeys: 1, lua: FINISH });
  }
  const commands = redis as unknown as Record<typeof TAKE_COMMAND, Take> & Record<typeof FINISH_COMMAND, Finish>;
  return { take: commands[TAKE_COMMAND].bind(redis), finish: commands[FINISH_COMMAND].bind(redis) };
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
      const id = randomUUID();
      const [granted, waitMs, held] = await scripts(redis).take(this.keys.starts, this.keys.paused, this.limits.rateLimit, this.limits.windowMs, wanted, id, IN_FLIGHT_MS);
      return { granted, waitMs, paused: held === 1, starts: Array.from({ length: granted }, (_, i) => `${id}:${i + 1}`) };
    }, () => everything);
  }

  finished(start: string): void {
    void this.store.attempt(async (redis) => void (await scripts(redis).finish(this.keys.starts, start)), () => undefined);
  }

  takeFromDailyQuota(): Promise<number | undefined> {
    const { dailyLimit } = this.limits;
    if (dailyLimit === undefined) return Promise.resolve(undefined);
    return this.store.attempt(async (redis) => {
      const [granted, waitMs] = await scripts(redis).take(this.keys.day, this.keys.quotaGone, dailyLimit, DAY_MS, 1, randomUUID(), 0);
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
