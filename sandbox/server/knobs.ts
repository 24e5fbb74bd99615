// Runtime knobs of the sandbox: latency, faults, Spotify development mode, token settings, vendor quotas.
// Settable from env (SANDBOX_<SNAKE_CASE>) at start and via POST /__sandbox/knobs.

export const UPSTREAMS = ["spotify", "bandsintown", "accounts", "lastfm", "listenbrainz", "deezer", "reccobeats", "ticketmaster"] as const;
export type Upstream = (typeof UPSTREAMS)[number];
export type BandsintownNotFound = "404" | "200" | "legacy" | "warn";

export interface Knobs {
  latencyMs: number;
  jitterMs: number;
  errorRate: number;
  timeoutRate: number;
  malformedRate: number;
  /** At most this many requests per upstream in any rolling `rateLimitWindowSeconds` (0 = off); more get 429. */
  rateLimit: number;
  rateLimitWindowSeconds: number;
  burst429Rate: number;
  retryAfterSeconds: number;
  faultUpstreams: Upstream[];
  faultMatch: string | null;
  faultSeed: number;
  spotifyDevelopmentMode: boolean;
  /**
   * In development mode, the listeners (ids) on the app's allow-list; the others get a 403 from every
   * Web API endpoint. null: everyone is on it.
   */
  spotifyAllowList: string[] | null;
  relatedArtistsRestrictedStatus: 403 | 404;
  tokenTtlSeconds: number;
  refreshTokenRotation: boolean;
  bandsintownNotFound: BandsintownNotFound;
  /** false: every Bandsintown request is refused with the gateway's 403, as for an app without a key. */
  bandsintownEnabled: boolean;
  /** HTTP status of Last.fm's error 6 "artist not found" (reported with both). */
  lastfmNotFoundStatus: 200 | 404;
  /** Deezer requests allowed per rolling 5 s before its code-4 quota error (0 = off). */
  deezerQuota: number;
  /** Ticketmaster calls per API key since start or the last knob change (0 = off). */
  ticketmasterDailyQuota: number;
}

export function defaultKnobs(): Knobs {
  return {
    latencyMs: 0,
    jitterMs: 0,
    errorRate: 0,
    timeoutRate: 0,
    malformedRate: 0,
    rateLimit: 0,
    rateLimitWindowSeconds: 1,
    burst429Rate: 0,
    retryAfterSeconds: 1,
    faultUpstreams: ["spotify", "bandsintown"],
    faultMatch: null,
    faultSeed: 1,
    spotifyDevelopmentMode: false,
    spotifyAllowList: null,
    relatedArtistsRestrictedStatus: 403,
    tokenTtlSeconds: 3600,
    refreshTokenRotation: false,
    bandsintownNotFound: "404",
    bandsintownEnabled: true,
    lastfmNotFoundStatus: 200,
    deezerQuota: 50,
    ticketmasterDailyQuota: 5000,
  };
}

export class KnobError extends Error {}

const RATES = ["errorRate", "timeoutRate", "malformedRate", "burst429Rate"] as const;
const NON_NEGATIVE = ["latencyMs", "jitterMs", "rateLimit", "rateLimitWindowSeconds", "retryAfterSeconds", "tokenTtlSeconds"] as const;
const COUNTS = ["deezerQuota", "ticketmasterDailyQuota"] as const;
const BOOLS = ["spotifyDevelopmentMode", "refreshTokenRotation", "bandsintownEnabled"] as const;

/** Validates a partial knob object (unknown keys rejected) and returns a merged copy. */
export function mergeKnobs(base: Knobs, patch: unknown): Knobs {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) throw new KnobError("knobs must be a JSON object");
  const next: Knobs = { ...base, faultUpstreams: [...base.faultUpstreams], spotifyAllowList: base.spotifyAllowList && [...base.spotifyAllowList] };
  const known = new Set(Object.keys(base));
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (!known.has(key)) throw new KnobError(`unknown knob: ${key}`);
    if ((RATES as readonly string[]).includes(key)) {
      if (typeof value !== "number" || !(value >= 0 && value <= 1)) throw new KnobError(`${key} must be a number in 0..1`);
      (next as unknown as Record<string, unknown>)[key] = value;
    } else if ((NON_NEGATIVE as readonly string[]).includes(key)) {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new KnobError(`${key} must be a number >= 0`);
      if (key === "tokenTtlSeconds" && value === 0) throw new KnobError("tokenTtlSeconds must be > 0");
      (next as unknown as Record<string, unknown>)[key] = value;
    } else if ((COUNTS as readonly string[]).includes(key)) {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new KnobError(`${key} must be an integer >= 0`);
      (next as unknown as Record<string, unknown>)[key] = value;
    } else if ((BOOLS as readonly string[]).includes(key)) {
      if (typeof value !== "boolean") throw new KnobError(`${key} must be a boolean`);
      (next as unknown as Record<string, unknown>)[key] = value;
    } else if (key === "faultUpstreams") {
      if (!Array.isArray(value) || !value.every((u) => (UPSTREAMS as readonly unknown[]).includes(u)))
        throw new KnobError(`faultUpstreams must be an array of ${UPSTREAMS.join(", ")}`);
      next.faultUpstreams = [...new Set(value as Upstream[])];
    } else if (key === "spotifyAllowList") {
      if (value !== null && !(Array.isArray(value) && value.every((id) => typeof id === "string")))
        throw new KnobError("spotifyAllowList must be an array of listener ids, or null");
      next.spotifyAllowList = value === null ? null : [...new Set(value as string[])];
    } else if (key === "faultMatch") {
      if (value !== null && typeof value !== "string") throw new KnobError("faultMatch must be a string or null");
      next.faultMatch = value === "" ? null : (value as string | null);
    } else if (key === "faultSeed") {
      if (typeof value !== "number" || !Number.isInteger(value)) throw new KnobError("faultSeed must be an integer");
      next.faultSeed = value;
    } else if (key === "relatedArtistsRestrictedStatus") {
      if (value !== 403 && value !== 404) throw new KnobError("relatedArtistsRestrictedStatus must be 403 or 404");
      next.relatedArtistsRestrictedStatus = value;
    } else if (key === "lastfmNotFoundStatus") {
      if (value !== 200 && value !== 404) throw new KnobError("lastfmNotFoundStatus must be 200 or 404");
      next.lastfmNotFoundStatus = value;
    } else if (key === "bandsintownNotFound") {
      if (value !== "404" && value !== "200" && value !== "legacy" && value !== "warn")
        throw new KnobError('bandsintownNotFound must be "404", "200", "legacy" or "warn"');
      next.bandsintownNotFound = value;
    }
  }
  return next;
}

function envName(key: string): string {
  return "SANDBOX_" + key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

/** Reads knobs from env vars such as SANDBOX_LATENCY_MS=50, SANDBOX_FAULT_UPSTREAMS=spotify,accounts. */
export function knobsFromEnv(env: Record<string, string | undefined> = process.env): Partial<Knobs> {
  const defaults = defaultKnobs();
  const patch: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(defaults)) {
    const raw = env[envName(key)];
    if (raw === undefined || raw === "") continue;
    if (key === "faultUpstreams" || key === "spotifyAllowList") patch[key] = raw.split(",").map((s) => s.trim()).filter(Boolean);
    else if (key === "bandsintownNotFound" || key === "faultMatch") patch[key] = raw;
    else if (typeof def === "boolean") patch[key] = raw === "1" || raw.toLowerCase() === "true";
    else patch[key] = Number(raw);
  }
  mergeKnobs(defaults, patch); // validate early, with a clear message
  return patch as Partial<Knobs>;
}
