import type { PublicCache } from "@/lib/cache/cache";

// Shared work for public data: a cached value is reused until its TTL ends, and identical
// loads already in flight are joined instead of repeated (two listeners with the same related
// artist cause one upstream call).

export class SharedLoader {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly cache: PublicCache) {}

  async load<T>(key: string, ttlMs: number, loader: () => Promise<T>): Promise<T> {
    const cached = await this.cache.get<T>(key);
    if (cached !== undefined) return cached;
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const promise = loader()
      .then(async (value) => {
        await this.cache.set(key, value, ttlMs);
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  /**
   * Load many keyed items where the upstream answers in batches (e.g. audio features, 100 ids a
   * call). Cached and in-flight items are reused; the rest are fetched in batches of `batchSize`.
   * `fetchBatch` returns a map for the ids it could resolve; ids missing from it resolve to null.
   * A failed batch leaves its ids out of `values` and its error in `errors`: partial answers survive.
   */
  async loadMany<T>(
    ids: string[],
    keyOf: (id: string) => string,
    ttlMs: number,
    batchSize: number,
    fetchBatch: (ids: string[]) => Promise<Map<string, T | null>>,
  ): Promise<{ values: Map<string, T | null>; errors: unknown[] }> {
    const values = new Map<string, T | null>();
    const errors: unknown[] = [];
    const waits: Promise<void>[] = [];
    const collect = (id: string, promise: Promise<T | null>) =>
      waits.push(promise.then((v) => void values.set(id, v), (e) => void errors.push(e)));
    // Look the cache up first, then decide and register in one synchronous pass, so that two
    // concurrent calls for the same ids cannot both miss each other's in-flight batch.
    const unique = [...new Set(ids)];
    const cached = await Promise.all(unique.map((id) => this.cache.get<T | null>(keyOf(id))));
    const missing: string[] = [];
    unique.forEach((id, i) => {
      if (cached[i] !== undefined) values.set(id, cached[i]!);
      else if (this.inFlight.has(keyOf(id))) collect(id, this.inFlight.get(keyOf(id)) as Promise<T | null>);
      else missing.push(id);
    });
    for (let i = 0; i < missing.length; i += batchSize) {
      const batch = missing.slice(i, i + batchSize);
      const batchPromise = fetchBatch(batch);
      batchPromise.catch((e) => errors.push(e)); // reported once per batch, not once per id
      for (const id of batch) {
        const key = keyOf(id);
        const one = batchPromise
          .then(async (found) => {
            const value = found.get(id) ?? null;
            await this.cache.set(key, value, ttlMs);
            return value;
          })
          .finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, one);
        waits.push(one.then((v) => void values.set(id, v), () => undefined));
      }
    }
    await Promise.all(waits);
    return { values, errors };
  }
}
