import type { SharedStore } from "@/lib/redis/shared-store";
import type { PublicCache } from "./cache";
import type { MemoryCache } from "./memory-cache";

// The public cache several instances share: this instance's memory in front (hot entries cost no
// round trip, and it is what answers while Redis is down), Redis behind it (what one instance
// fetched, the others find). Values go to Redis as JSON under the same keys and TTLs as in memory;
// an entry found in Redis is kept in memory for the rest of its time there, not longer.

const PREFIX = "gigscovery:cache:";

export class RedisCache implements PublicCache {
  constructor(
    private readonly store: SharedStore,
    private readonly memory: MemoryCache,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.getMany<T>([key]))[0];
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    await this.setMany([[key, value]], ttlMs);
  }

  async getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    const found = await this.memory.getMany<T>(keys);
    const missing = keys.flatMap((key, i) => (found[i] === undefined ? [i] : []));
    if (missing.length === 0) return found;
    const shared = await this.store.attempt(
      async (redis) => {
        const reads = redis.pipeline();
        for (const i of missing) reads.get(PREFIX + keys[i]!).pttl(PREFIX + keys[i]!);
        return (await reads.exec()) ?? [];
      },
      () => [],
    );
    const kept: Promise<void>[] = [];
    missing.forEach((i, j) => {
      const [readError, text] = shared[2 * j] ?? [];
      const [, ttl] = shared[2 * j + 1] ?? [];
      if (readError || typeof text !== "string" || typeof ttl !== "number" || ttl <= 0) return;
      const value = parsed<T>(text);
      if (value === undefined) return;
      found[i] = value;
      kept.push(this.memory.set(keys[i]!, value, ttl));
    });
    await Promise.all(kept);
    return found;
  }

  async setMany<T>(entries: [string, T][], ttlMs: number): Promise<void> {
    await this.memory.setMany(entries, ttlMs);
    await this.store.attempt(
      async (redis) => {
        const writes = redis.pipeline();
        for (const [key, value] of entries) if (value !== undefined) writes.set(PREFIX + key, JSON.stringify(value), "PX", ttlMs);
        await writes.exec();
      },
      () => undefined,
    );
  }
}

/** An entry as it was written; undefined (a miss) for one that is not ours to read. */
function parsed<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
