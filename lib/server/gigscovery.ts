// The process-wide pipeline, wired once from the configuration: the vendors the registry lists, one
// public cache and one HTTP gate per upstream for all listeners, one memory of refusals.
import "server-only";
import { MemoryCache } from "@/lib/cache/memory-cache";
import { config, type Config } from "@/lib/config";
import { SharedLoader } from "@/lib/http/shared-load";
import { createPipeline, type Pipeline } from "@/lib/pipeline/pipeline";
import { createCapabilities } from "@/lib/sources/registry";

function pipelineFrom(c: Config): Pipeline {
  const shared = new SharedLoader(new MemoryCache(c.CACHE_MAX_ENTRIES));
  const capabilities = createCapabilities(c, {
    shared,
    timeoutMs: c.UPSTREAM_TIMEOUT_MS,
    retries: c.UPSTREAM_RETRIES,
    rateWindowMs: c.UPSTREAM_RATE_WINDOW_SECONDS * 1000,
  });
  return createPipeline(capabilities, shared, c.RESTRICTION_MEMORY_SECONDS * 1000);
}

let instance: Pipeline | undefined;

/** The pipeline every request of this process uses. */
export function gigscovery(): Pipeline {
  instance ??= pipelineFrom(config());
  return instance;
}
