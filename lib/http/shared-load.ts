import type { PublicCache } from "@/lib/cache/cache";
import { InFlight } from "./in-flight";

// Shared work for public data: a cached value is reused until its TTL ends, and identical
// loads already in flight are joined instead of repeated (two listeners with the same similar
// artist cause one upstream call).

export class SharedLoader {
  private readonly inFlight = new InFlight<unknown>();
  /** For each item key of a batched load in flight, its batch's answer (by id). */
  private readonly batchOf = new InFlight<Map<string, unknown>>();

  constructor(private readonly cache: PublicCache) {}

  /** What the cache holds for these keys now, without loading anything (to tell cheap work from new work). */
  peek<T>(keys: string[]): Promise<(T | undefined)[]> {
    return this.cache.getMany<T>(keys);
  }

  /** Keep values worked out from loaded ones (e.g. an artist's sound from their tracks' features). */
  remember<T>(entries: [key: string, value: T][], ttlMs: number): Promise<void> {
    return this.cache.setMany(entries, ttlMs);
  }

  async load<T>(key: string, ttlMs: number, loader: () => Promise<T>): Promise<T> {
    const cached = await this.cache.get<T>(key);
    if (cached !== undefined) return cached;
    return this.inFlight.run(key, async () => {
      const value = await loader();
      await this.cache.set(key, value, ttlMs);
      return value;
    }) as Promise<T>;
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
    const unique = [...new Set(ids)];
    const keys = unique.map(keyOf);
    const cached = await this.cache.getMany<T | null>(keys);
    // Decide and register in one synchronous pass after the lookup, so that two concurrent calls
    // for the same ids cannot both miss each other's in-flight batch. Work is per batch, not per id.
    const awaited = new Map<Promise<Map<string, T | null>>, string[]>();
    const missing: string[] = [];
    unique.forEach((id, i) => {
      const batch = this.batchOf.join(keys[i]!) as Promise<Map<string, T | null>> | undefined;
      if (cached[i] !== undefined) values.set(id, cached[i]!);
      else if (batch) {
        const joining = awaited.get(batch);
        if (joining) joining.push(id);
        else awaited.set(batch, [id]);
      }
      else missing.push(id);
    });
    for (let i = 0; i < missing.length; i += batchSize) {
      const batchIds = missing.slice(i, i + batchSize);
      const batchKeys = batchIds.map(keyOf);
      const batch = this.batchOf.track(batchKeys, () =>
        fetchBatch(batchIds).then(async (found) => {
          const entries = batchIds.map((id, j): [string, T | null] => [batchKeys[j]!, found.get(id) ?? null]);
          await this.cache.setMany(entries, ttlMs);
          return new Map(entries.map(([, value], j) => [batchIds[j]!, value]));
        }),
      );
      awaited.set(batch, batchIds);
    }
    // A failed batch leaves its ids out and its error in `errors`, once per batch.
    await Promise.all(
      [...awaited].map(([batch, batchIds]) =>
        batch.then(
          (found) => batchIds.forEach((id) => values.set(id, found.get(id) ?? null)),
          (error: unknown) => void errors.push(error),
        ),
      ),
    );
    return { values, errors };
  }
}
