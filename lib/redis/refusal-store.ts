import { MemoryRefusals, type RefusalStore, type StoredRefusal } from "@/lib/pipeline/refusal-memory";
import type { SharedStore } from "./shared-store";

// Refusals every instance shares: a refusal one instance learned (Spotify's 403 for related artists,
// a refused key, a used-up quota) is known by the others at their next ask, kept in Redis until it
// is to be forgotten. They are about our app, never a listener. This instance's memory answers first,
// and alone while Redis is unreachable.

const PREFIX = "gigscovery:refusal:";

export class RedisRefusals implements RefusalStore {
  private readonly memory = new MemoryRefusals();

  constructor(private readonly store: SharedStore) {}

  async get(key: string): Promise<StoredRefusal | undefined> {
    const known = await this.memory.get(key);
    if (known) return known;
    const shared = await this.store.attempt(async (redis) => {
      const text = await redis.get(PREFIX + key);
      return text === null ? undefined : (JSON.parse(text) as StoredRefusal);
    }, () => undefined);
    if (shared) this.memory.set(key, shared);
    return shared;
  }

  set(key: string, refusal: StoredRefusal): void {
    this.memory.set(key, refusal);
    const ms = refusal.until - Date.now();
    if (ms <= 0) return;
    void this.store.attempt(async (redis) => void (await redis.set(PREFIX + key, JSON.stringify(refusal), "PX", ms)), () => undefined);
  }
}
