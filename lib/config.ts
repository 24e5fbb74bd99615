import { z } from "zod";

// Every setting, read once from the environment and validated. Nothing silently
// falls back to demo data: the sandbox is only used when the URLs point at it.

/** "true"/"1" or "false"/"0"; unset or empty means `def`. */
const flag = (def: boolean) =>
  z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? def : v === "true" || v === "1"));
/** Trimmed; unset or blank means undefined (for a key: the source is not used). */
const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));
/** A whole number; unset or empty means `def`, like the other settings. */
const int = (def: number, min: number, max: number) =>
  optional.pipe(z.coerce.number<string | undefined>({ error: "must be a whole number" }).int().min(min).max(max).default(def));

const required = (hint: string) => z.string({ error: `is missing: ${hint}` }).min(1, { error: `is missing: ${hint}`, abort: true });

const schema = z.object({
  SPOTIFY_CLIENT_ID: required("your app's client id from the Spotify developer dashboard"),
  SPOTIFY_CLIENT_SECRET: required("your app's client secret from the Spotify developer dashboard"),
  SPOTIFY_ACCOUNTS_URL: z.url().default("https://accounts.spotify.com"),
  SPOTIFY_API_URL: z.url().default("https://api.spotify.com/v1"),
  // Concert sources: at least one of the two (checked below). Bandsintown gives keys to partners only.
  BANDSINTOWN_APP_ID: optional,
  BANDSINTOWN_URL: z.url().default("https://rest.bandsintown.com"),
  TICKETMASTER_API_KEY: optional,
  TICKETMASTER_URL: z.url().default("https://app.ticketmaster.com/discovery/v2"),
  // Fallbacks for what Spotify refuses new apps: Last.fm needs a free key; Deezer and ReccoBeats need none.
  LASTFM_API_KEY: optional,
  LASTFM_URL: z.url().default("https://ws.audioscrobbler.com/2.0/"),
  DEEZER_ENABLED: flag(true),
  DEEZER_URL: z.url().default("https://api.deezer.com"),
  RECCOBEATS_ENABLED: flag(true),
  RECCOBEATS_URL: z.url().default("https://api.reccobeats.com/v1"),
  /** Base of Spotify's embed player (the artist preview dialog). */
  SPOTIFY_EMBED_URL: z.url().default("https://open.spotify.com/embed"),
  NEXTAUTH_URL: z.url().default("http://127.0.0.1:3000"),
  NEXTAUTH_SECRET: required("a random secret that encrypts sessions (openssl rand -base64 32)").min(
    16,
    "is too short: use at least 16 random characters (openssl rand -base64 32)",
  ),
  GIGSCOVERY_DEMO: flag(false),
  // Politeness budgets; README "Performance" says why these defaults.
  SPOTIFY_CONCURRENCY: int(128, 1, 512),
  SPOTIFY_RATE_LIMIT: int(1500, 1, 100_000),
  BANDSINTOWN_CONCURRENCY: int(128, 1, 512),
  BANDSINTOWN_RATE_LIMIT: int(900, 1, 100_000),
  UPSTREAM_RATE_WINDOW_SECONDS: int(30, 1, 3600),
  UPSTREAM_TIMEOUT_MS: int(8000, 100, 120_000),
  UPSTREAM_RETRIES: int(2, 0, 10),
  CACHE_MAX_ENTRIES: int(20_000, 100, 10_000_000),
  /** How long a source's refusal of a capability (e.g. Spotify's 403 for related artists) is remembered; 0 = ask every time. */
  RESTRICTION_MEMORY_SECONDS: int(3600, 0, 7 * 24 * 3600),
});

const NO_CONCERT_SOURCE =
  "TICKETMASTER_API_KEY is missing: set it (a free Ticketmaster Discovery API key) or BANDSINTOWN_APP_ID " +
  "(Bandsintown gives them to artists and partners), so that concerts can be found";

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      "Gigscovery is not configured:\n" +
        problems.map((p) => "  - " + p).join("\n") +
        "\nSee .env.example, or run `npm run demo` to try it on demo data.",
    );
    this.name = "ConfigError";
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  const problems = result.error?.issues.map((i) => `${i.path.join(".")} ${i.message}`) ?? [];
  // Read from env, not result.data: every problem is named at once, also when others failed the schema.
  if (!env.BANDSINTOWN_APP_ID?.trim() && !env.TICKETMASTER_API_KEY?.trim()) problems.push(NO_CONCERT_SOURCE);
  if (!result.success || problems.length) throw new ConfigError(problems);
  return result.data;
}

let cached: Config | undefined;

/** The validated configuration; throws ConfigError naming every missing or bad setting. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
