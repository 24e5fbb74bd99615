// The process-wide pipeline, wired once from the configuration: the vendors the registry lists, one
// public cache and one HTTP gate per upstream for all listeners, one memory of refusals. With
// REDIS_URL, the cache, the upstream budgets and the refusals are shared by every instance on that
// Redis (each falling back to this process's memory while Redis is unreachable); without it, all
// live in this process.
import "server-only";
import type { PublicCache } from "@/lib/cache/cache";
import { MemoryCache } from "@/lib/cache/memory-cache";
import { RedisCache } from "@/lib/cache/redis-cache";
import { config, type Config } from "@/lib/config";
import { SharedLoader } from "@/lib/http/shared-load";
import { createPipeline, type Pipeline } from "@/lib/pipeline/pipeline";
import { RedisRefusals } from "@/lib/redis/refusal-store";
import { createCapabilities } from "@/lib/sources/registry";
import { budgets, sharedStore } from "./shared-redis";

function pipelineFrom(c: Config): Pipeline {
  const store = sharedStore();
  const memory = new MemoryCache(c.CACHE_MAX_ENTRIES);
  const cache: PublicCache = store ? new RedisCache(store, memory) : memory;
  const shared = new SharedLoader(cache);
  const capabilities = createCapabilities(c, {
    shared,
    timeoutMs: c.UPSTREAM_TIMEOUT_MS,
    retries: c.UPSTREAM_RETRIES,
    rateWindowMs: c.UPSTREAM_RATE_WINDOW_SECONDS * 1000,
    budgets: budgets(),
  });
  return createPipeline(capabilities, shared, c.RESTRICTION_MEMORY_SECONDS * 1000, store && new RedisRefusals(store));
}

let instance: Pipeline | undefined;

/** The pipeline every request of this process uses. */
export function gigscovery(): Pipeline {
  instance ??= pipelineFrom(config());
  return instance;
}
