import { z } from "zod";

// Every setting, read once from the environment and validated. Nothing silently
// falls back to demo data: the sandbox is only used when the URLs point at it.

const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);
const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((v) => v === "true" || v === "1");

const required = (hint: string) => z.string({ error: `is missing: ${hint}` }).min(1, `is missing: ${hint}`);

const schema = z.object({
  SPOTIFY_CLIENT_ID: required("your app's client id from the Spotify developer dashboard"),
  SPOTIFY_CLIENT_SECRET: required("your app's client secret from the Spotify developer dashboard"),
  SPOTIFY_ACCOUNTS_URL: z.url().default("https://accounts.spotify.com"),
  SPOTIFY_API_URL: z.url().default("https://api.spotify.com/v1"),
  BANDSINTOWN_APP_ID: required("a Bandsintown app_id (Bandsintown gives them to artists and partners)"),
  BANDSINTOWN_URL: z.url().default("https://rest.bandsintown.com"),
  /** Base of Spotify's embed player (the artist preview dialog). */
  SPOTIFY_EMBED_URL: z.url().default("https://open.spotify.com/embed"),
  NEXTAUTH_URL: z.url().default("http://127.0.0.1:3000"),
  NEXTAUTH_SECRET: required("a random secret that encrypts sessions (openssl rand -base64 32)").min(
    16,
    "is too short: use at least 16 random characters (openssl rand -base64 32)",
  ),
  GIGSCOVERY_DEMO: flag,
  // Politeness budgets; README "Performance" says why these defaults.
  SPOTIFY_CONCURRENCY: int(64, 1, 512),
  SPOTIFY_RATE_LIMIT: int(1500, 1, 100_000),
  BANDSINTOWN_CONCURRENCY: int(64, 1, 512),
  BANDSINTOWN_RATE_LIMIT: int(900, 1, 100_000),
  UPSTREAM_RATE_WINDOW_SECONDS: int(30, 1, 3600),
  UPSTREAM_TIMEOUT_MS: int(8000, 100, 120_000),
  UPSTREAM_RETRIES: int(2, 0, 10),
  CACHE_MAX_ENTRIES: int(20_000, 100, 10_000_000),
});

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
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  }
  return result.data;
}

let cached: Config | undefined;

/** The validated configuration; throws ConfigError naming every missing or bad setting. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
