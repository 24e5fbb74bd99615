import { LRUCache } from "lru-cache";
import type { PublicCache } from "./cache";

/** A bounded in-memory PublicCache (least recently used entries go first). A shared store can implement PublicCache later. */
export class MemoryCache implements PublicCache {
  private readonly lru: LRUCache<string, { value: unknown }>;

  constructor(maxEntries: number) {
    this.lru = new LRUCache({ max: maxEntries });
  }

  async get<T>(key: string): Promise<T | undefined> {
    return this.lru.get(key)?.value as T | undefined;
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    this.lru.set(key, { value }, { ttl: ttlMs });
  }

  async getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    return keys.map((key) => this.lru.get(key)?.value as T | undefined);
  }

  async setMany<T>(entries: [string, T][], ttlMs: number): Promise<void> {
    for (const [key, value] of entries) this.lru.set(key, { value }, { ttl: ttlMs });
  }
}
