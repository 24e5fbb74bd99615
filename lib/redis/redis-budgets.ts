import { createHmac } from "node:crypto";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterRes } from "rate-limiter-flexible";
import type { Budgets, ClientLimiter, ClientLimiterOptions } from "@/lib/http/shared-budget";
import type { SharedStore } from "./shared-store";
import { RedisUpstreamBudget } from "./upstream-budget";

// Budgets and per-client limits that several instances share through Redis. Per-client limits are
// rate-limiter-flexible's Redis limiters, with its memory limiter as the insurance that answers
// while Redis is unreachable. A client reaches Redis only as a keyed hash (HMAC under the session
// secret) of its key: never an address or a token, and the hash cannot be turned back into either.

export function redisBudgets(store: SharedStore, secret: string): Budgets {
  return {
    upstream: (upstream, limits) => new RedisUpstreamBudget(store, upstream, limits),
    limiter: (options) => new SharedClientLimiter(store, secret, options),
  };
}

class SharedClientLimiter implements ClientLimiter {
  private readonly limiter: RateLimiterRedis;

  constructor(
    private readonly store: SharedStore,
    private readonly secret: string,
    options: ClientLimiterOptions,
  ) {
    this.limiter = new RateLimiterRedis({
      ...options,
      keyPrefix: `gigscovery:limit:${options.keyPrefix}`,
      storeClient: store.redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  // Each first waits for Redis right after start (SharedStore.settled), then uses it or the insurance.
  async consume(key: string | number, points?: number): Promise<RateLimiterRes> {
    await this.store.settled();
    return this.limiter.consume(this.hashed(key), points);
  }

  async get(key: string | number): Promise<RateLimiterRes | null> {
    await this.store.settled();
    return this.limiter.get(this.hashed(key));
  }

  async block(key: string | number, seconds: number): Promise<RateLimiterRes> {
    await this.store.settled();
    return this.limiter.block(this.hashed(key), seconds);
  }

  private hashed(key: string | number): string {
    return createHmac("sha256", this.secret).update(`client\0${key}`).digest("base64url");
  }
}
