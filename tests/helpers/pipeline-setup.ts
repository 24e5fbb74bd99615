import type { Sandbox } from "@/sandbox/server/index";
import type { PublicCache } from "@/lib/cache/cache";
import { MemoryCache } from "@/lib/cache/memory-cache";
import { SharedLoader } from "@/lib/http/shared-load";
import type { Budgets } from "@/lib/http/shared-budget";
import { createPipeline, type Pipeline } from "@/lib/pipeline/pipeline";
import type { RefusalStore } from "@/lib/pipeline/refusal-memory";
import type { BinsRequest } from "@/lib/pipeline/get-bins";
import { createCapabilities, VENDOR_ENV } from "@/lib/sources/registry";
import { addDays } from "@/lib/dates/date-range";
import { z } from "zod";

// The pipeline wired to an in-process sandbox (useSandbox, tests/helpers/sandbox.ts): real HTTP,
// real wire formats, fresh caches, the vendors configured the way the environment would.

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
  limits: {
    concurrency?: number;
    rateLimit?: number;
    windowMs?: number;
    retries?: number;
    timeoutMs?: number;
    appId?: string;
    cache?: PublicCache;
    /** Shared budgets and refusals (several instances on one Redis); this process's own by default. */
    budgets?: Budgets;
    refusals?: RefusalStore;
  } = {},
  sources: SourceChoice = { bandsintown: true },
): Pipeline {
  const budget = { concurrency: String(limits.concurrency ?? 16), rateLimit: String(limits.rateLimit ?? 1000) };
  const env = z.object(VENDOR_ENV).parse({
    SPOTIFY_API_URL: `${sandbox.url}/spotify/v1`,
    SPOTIFY_CONCURRENCY: budget.concurrency,
    SPOTIFY_RATE_LIMIT: budget.rateLimit,
    BANDSINTOWN_APP_ID: sources.bandsintown ? (limits.appId ?? "gigscovery-demo") : undefined,
    BANDSINTOWN_URL: `${sandbox.url}/bandsintown`,
    BANDSINTOWN_CONCURRENCY: budget.concurrency,
    BANDSINTOWN_RATE_LIMIT: budget.rateLimit,
    TICKETMASTER_API_KEY: sources.ticketmaster ? keyOf(sources.ticketmaster, "sandbox-ticketmaster-key") : undefined,
    TICKETMASTER_URL: `${sandbox.url}/ticketmaster/discovery/v2`,
    LASTFM_API_KEY: sources.lastfm ? keyOf(sources.lastfm, "sandbox-lastfm-key") : undefined,
    LASTFM_URL: `${sandbox.url}/lastfm/2.0/`,
    LISTENBRAINZ_URL: `${sandbox.url}/listenbrainz`,
    DEEZER_ENABLED: String(!!sources.deezer),
    DEEZER_URL: `${sandbox.url}/deezer`,
    RECCOBEATS_ENABLED: String(!!sources.reccobeats),
    RECCOBEATS_URL: `${sandbox.url}/reccobeats/v1`,
  });
  const shared = new SharedLoader(limits.cache ?? new MemoryCache(10_000));
  const capabilities = createCapabilities(env, {
    shared,
    rateWindowMs: limits.windowMs ?? 1000,
    timeoutMs: limits.timeoutMs ?? 5000,
    retries: limits.retries ?? 2,
    budgets: limits.budgets,
  });
  return createPipeline(capabilities, shared, undefined, limits.refusals);
}

const keyOf = (choice: true | string, sandboxKey: string) => (choice === true ? sandboxKey : choice);

/** What a Spotify app registered today really has: the keyless fallbacks and Ticketmaster, no Bandsintown. */
export const NEW_APP_SOURCES: SourceChoice = { ticketmaster: true, deezer: true, reccobeats: true };

export const AMSTERDAM = { latitude: 52.3676, longitude: 4.9041 };

export function amsterdamRequest(sandbox: Sandbox, overrides: Partial<BinsRequest> = {}): BinsRequest {
  const today = sandbox.catalog.today;
  return {
    nTop: 5,
    nSimilar: 5,
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
