import { z } from "zod";
import { ConfigError } from "@/lib/domain/errors";
import { flag, int, optional, optionalUrl, required, url } from "@/lib/env";
import { missingConcertSource, VENDOR_ENV } from "@/lib/sources/registry";

// Every setting, read once from the environment and validated: the app's own, and each vendor's
// (lib/sources/<vendor>/index.ts). Nothing silently falls back to demo data: the sandbox is only
// used when the URLs point at it.

const schema = z.object({
  SPOTIFY_CLIENT_ID: required("your app's client id from the Spotify developer dashboard"),
  SPOTIFY_CLIENT_SECRET: required("your app's client secret from the Spotify developer dashboard"),
  SPOTIFY_ACCOUNTS_URL: url("https://accounts.spotify.com"),
  ...VENDOR_ENV,
  /** Base of Spotify's embed player (the artist preview dialog). */
  SPOTIFY_EMBED_URL: url("https://open.spotify.com/embed"),
  NEXTAUTH_URL: url("http://127.0.0.1:3000"),
  NEXTAUTH_SECRET: required("a random secret that encrypts sessions (openssl rand -base64 32)").min(
    16,
    "is too short: use at least 16 random characters (openssl rand -base64 32)",
  ),
  /** Seals calendar feed links; without it, Subscribe is not offered. Rotating it revokes every link. */
  CALENDAR_FEED_SECRET: optional.pipe(z.string().min(32, "is too short: use at least 32 random characters (openssl rand -base64 32)").optional()),
  GIGSCOVERY_DEMO: flag(false),
  // Politeness budgets; README "Performance" says why these defaults.
  UPSTREAM_RATE_WINDOW_SECONDS: int(30, 1, 3600),
  UPSTREAM_TIMEOUT_MS: int(8000, 100, 120_000),
  UPSTREAM_RETRIES: int(2, 0, 10),
  CACHE_MAX_ENTRIES: int(20_000, 100, 10_000_000),
  /** How long a source's refusal of a capability (e.g. Spotify's 403 for related artists) is remembered; 0 = ask every time. */
  RESTRICTION_MEMORY_SECONDS: int(3600, 0, 7 * 24 * 3600),
  /** A search answers within this many seconds: with what was found by then, and a warning naming what is missing. */
  REQUEST_DEADLINE_SECONDS: int(15, 1, 300),
  // Per-client limits (README "Limits"): far above what a person does, low enough that no client can spend what others need.
  /** Searches (get_bins, its stream, the listener's artists and features) per client address per minute. */
  SEARCHES_PER_ADDRESS_PER_MINUTE: int(60, 1, 100_000),
  /** Searches per listener (Spotify token) per minute, from any address. */
  SEARCHES_PER_LISTENER_PER_MINUTE: int(30, 1, 100_000),
  /** Place look-ups (type-ahead) per client address per minute. */
  PLACES_PER_ADDRESS_PER_MINUTE: int(600, 1, 1_000_000),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (0: clients connect directly, the header is ignored). */
  TRUST_PROXY_HOPS: int(0, 0, 10),
  /**
   * Several instances on one Redis (README "Several instances on one Redis"): the public cache, upstream budgets,
   * refusals, per-client limits and token-refresh locks are shared there. Unset: each process keeps its own.
   */
  REDIS_URL: optionalUrl(["redis:", "rediss:"]),
});

export type Config = z.infer<typeof schema>;

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  const problems = result.error?.issues.map((i) => `${i.path.join(".")} ${i.message}`) ?? [];
  const noConcerts = missingConcertSource(env);
  if (noConcerts) problems.push(noConcerts);
  if (!result.success || problems.length) throw new ConfigError(problems);
  return result.data;
}

let cached: Config | undefined;

/** The validated configuration; throws ConfigError naming every missing or bad setting. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
