import type { Sandbox } from "@/sandbox/server/index";
import { createCapabilities } from "@/lib/pipeline/default-capabilities";
import type { Capabilities } from "@/lib/pipeline/capabilities";
import type { PublicCache } from "@/lib/cache/cache";
import type { BinsRequest } from "@/lib/pipeline/get-bins";
import { addDays } from "@/lib/dates/date-range";

// The pipeline wired to an in-process sandbox (useSandbox, tests/helpers/sandbox.ts): real HTTP,
// real wire formats, fresh caches.

/** Which sources to wire besides Spotify (default: Bandsintown only, as an app with full Spotify access and a partner key). */
/** A string instead of `true` is the key to use (e.g. a wrong one). */
export interface SourceChoice {
  bandsintown?: boolean;
  ticketmaster?: boolean | string;
  lastfm?: boolean | string;
  deezer?: boolean;
  reccobeats?: boolean;
}

export function capabilitiesFor(
  sandbox: Sandbox,
  limits: { concurrency?: number; rateLimit?: number; windowMs?: number; retries?: number; timeoutMs?: number; appId?: string; cache?: PublicCache } = {},
  sources: SourceChoice = { bandsintown: true },
): Capabilities {
  const gate = { concurrency: limits.concurrency ?? 16, rateLimit: limits.rateLimit ?? 1000 };
  return createCapabilities({
    spotifyApiUrl: `${sandbox.url}/spotify/v1`,
    spotify: gate,
    bandsintown: sources.bandsintown ? { url: `${sandbox.url}/bandsintown`, appId: limits.appId ?? "gigscovery-demo", ...gate } : undefined,
    ticketmaster: sources.ticketmaster ? { url: `${sandbox.url}/ticketmaster/discovery/v2`, apiKey: keyOf(sources.ticketmaster, "sandbox-ticketmaster-key") } : undefined,
    lastfm: sources.lastfm ? { url: `${sandbox.url}/lastfm/2.0/`, apiKey: keyOf(sources.lastfm, "sandbox-lastfm-key") } : undefined,
    deezer: sources.deezer ? { url: `${sandbox.url}/deezer` } : undefined,
    reccobeats: sources.reccobeats ? { url: `${sandbox.url}/reccobeats/v1` } : undefined,
    rateWindowMs: limits.windowMs ?? 1000,
    timeoutMs: limits.timeoutMs ?? 5000,
    retries: limits.retries ?? 2,
    cacheMaxEntries: 10_000,
    cache: limits.cache,
  });
}

const keyOf = (choice: true | string, sandboxKey: string) => (choice === true ? sandboxKey : choice);

/** What a Spotify app registered today really has: the keyless fallbacks and Ticketmaster, no Bandsintown. */
export const NEW_APP_SOURCES: SourceChoice = { ticketmaster: true, deezer: true, reccobeats: true };

export const AMSTERDAM = { latitude: 52.3676, longitude: 4.9041 };

export function amsterdamRequest(sandbox: Sandbox, overrides: Partial<BinsRequest> = {}): BinsRequest {
  const today = sandbox.catalog.today;
  return {
    nTop: 5,
    nRelated: 5,
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
