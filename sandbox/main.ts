// npm run sandbox: starts the sandbox from env (SANDBOX_PORT, SANDBOX_HOST, SANDBOX_SEED, SANDBOX_TODAY,
// SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, SANDBOX_REDIRECT_URIS, SANDBOX_BANDSINTOWN_APP_IDS,
// SANDBOX_LASTFM_API_KEYS, SANDBOX_TICKETMASTER_API_KEYS, SANDBOX_<KNOB>).
import { knobsFromEnv, startSandbox } from "./server/index";

const env = process.env;
const list = (v: string | undefined) => (v ? v.split(",").map((s) => s.trim()).filter(Boolean) : undefined);

async function main(): Promise<void> {
  const sandbox = await startSandbox({
    port: env.SANDBOX_PORT ? Number(env.SANDBOX_PORT) : 4010,
    host: env.SANDBOX_HOST || "127.0.0.1",
    seed: env.SANDBOX_SEED ? Number(env.SANDBOX_SEED) : undefined,
    today: env.SANDBOX_TODAY || undefined,
    clientId: env.SANDBOX_CLIENT_ID || undefined,
    clientSecret: env.SANDBOX_CLIENT_SECRET || undefined,
    redirectUris: list(env.SANDBOX_REDIRECT_URIS),
    bandsintownAppIds: list(env.SANDBOX_BANDSINTOWN_APP_IDS),
    lastfmApiKeys: list(env.SANDBOX_LASTFM_API_KEYS),
    ticketmasterApiKeys: list(env.SANDBOX_TICKETMASTER_API_KEYS),
    knobs: knobsFromEnv(env),
  });
  console.log(`Sandbox listening on ${sandbox.url}`);
  const stop = () => {
    void sandbox.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
