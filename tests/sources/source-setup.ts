import { MemoryCache } from "@/lib/cache/memory-cache";
import { SharedLoader } from "@/lib/http/shared-load";
import { UpstreamClient, type UpstreamOptions } from "@/lib/http/upstream-client";
import { sourceLabels } from "@/lib/sources/registry";

// One of our sources under test, against the in-process sandbox (useSandbox, tests/helpers/sandbox.ts)
// or a stub (./stub-upstream.ts): real HTTP, the vendors' wire formats, fresh caches.

export function clientFor(name: string, limits: Partial<UpstreamOptions> = {}): UpstreamClient {
  return new UpstreamClient({ name, label: sourceLabels()[name] ?? name, concurrency: 8, rateLimit: 1000, windowMs: 1000, timeoutMs: 5000, retries: 2, ...limits });
}

export const freshShared = () => new SharedLoader(new MemoryCache(10_000));
