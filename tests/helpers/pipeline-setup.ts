import { startSandbox, type Knobs, type Sandbox } from "@/sandbox/server/index";
import { createCapabilities } from "@/lib/pipeline/default-capabilities";
import type { Capabilities } from "@/lib/pipeline/capabilities";
import type { BinsRequest } from "@/lib/pipeline/get-bins";
import { addDays } from "@/lib/dates/date-range";

// The pipeline wired to an in-process sandbox: real HTTP, real wire formats, fresh caches.

export async function sandboxFor(knobs: Partial<Knobs> = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, knobs });
}

export function capabilitiesFor(
  sandbox: Sandbox,
  limits: { concurrency?: number; rateLimit?: number; windowMs?: number; retries?: number; timeoutMs?: number; appId?: string } = {},
): Capabilities {
  const gate = { concurrency: limits.concurrency ?? 16, rateLimit: limits.rateLimit ?? 1000 };
  return createCapabilities({
    spotifyApiUrl: `${sandbox.url}/spotify/v1`,
    bandsintownUrl: `${sandbox.url}/bandsintown`,
    bandsintownAppId: limits.appId ?? "gigscovery-demo",
    spotify: gate,
    bandsintown: gate,
    rateWindowMs: limits.windowMs ?? 1000,
    timeoutMs: limits.timeoutMs ?? 5000,
    retries: limits.retries ?? 2,
    cacheMaxEntries: 10_000,
  });
}

export const AMSTERDAM = { latitude: 52.3676, longitude: 4.9041 };

export function amsterdamRequest(sandbox: Sandbox, overrides: Partial<BinsRequest> = {}): BinsRequest {
  const today = sandbox.catalog.today;
  return {
    nTop: 5,
    nRelated: 5,
    timeRange: "medium_term",
    place: AMSTERDAM,
    radiusKm: 25,
    range: { begin: today, end: addDays(today, 90) },
    ...overrides,
  };
}

export function sumMatching(record: Record<string, number>, pattern: RegExp): number {
  return Object.entries(record)
    .filter(([k]) => pattern.test(k))
    .reduce((sum, [, n]) => sum + n, 0);
}
