// npm run demo: build if needed, start the sandbox and the app on demo data, print the URL.
// By default the app runs as a Spotify app registered today has it; `npm run demo -- --full-access`
// runs it with Spotify's extended access and a Bandsintown key instead. `npm run demo -- --redis`
// starts a local redis-server and two app instances sharing it, on the one sandbox.
import { startRedisServer, type RedisServer } from "./redis-server";
import { ensureBuilt, startStack } from "./stack";

const PROFILE_TEXT = {
  "new-app": "as a Spotify app registered today: Spotify development mode, no Bandsintown key; Ticketmaster, Deezer and ReccoBeats",
  "full-access": "with Spotify's extended access and a Bandsintown partner key",
} as const;

async function main() {
  ensureBuilt();
  const profile = process.argv.includes("--full-access") ? "full-access" : "new-app";
  const redis: RedisServer | undefined = process.argv.includes("--redis") ? await startRedisServer(process.env.REDIS_PORT ? Number(process.env.REDIS_PORT) : undefined) : undefined;
  const stack = await startStack({
    appPort: Number(process.env.PORT ?? 3000),
    sandboxPort: Number(process.env.SANDBOX_PORT ?? 4010),
    profile,
    ...(redis ? { instances: 2, appEnv: { REDIS_URL: redis.url } } : {}),
  }).catch(async (err: unknown) => {
    await redis?.stop();
    throw err;
  });
  const listeners = stack.sandbox.catalog.listeners.filter((l) => l.id.startsWith("demo-"));
  const lines: [string, string][] = redis
    ? [
        ["App, instance A", stack.instances[0]!.appUrl],
        ["App, instance B", stack.instances[1]!.appUrl],
        ["Redis", `${redis.url} (both instances share its cache, upstream budgets, refusals and limits)`],
      ]
    : [["App", stack.appUrl]];
  lines.push(["API reference", `${stack.appUrl}/docs`], ["Sandbox", stack.sandbox.url]);
  const width = Math.max(...lines.map(([label]) => label.length)) + 2;
  console.log(`
  Gigscovery is running on DEMO DATA (a local sandbox stands in for every upstream service),
  ${PROFILE_TEXT[profile]}.

${lines.map(([label, value]) => `    ${`${label}:`.padEnd(width)}${value}`).join("\n")}

  Sign in and pick a demo listener on the sandbox's consent page:
${listeners.map((l) => `    - ${l.displayName}: ${l.taste}`).join("\n")}
${redis ? `\n  Search on A, then the same on B: B asks the sandbox only for your taste (${stack.sandbox.url}/__sandbox/counters).\n` : ""}
  ${profile === "new-app" ? "For Spotify's extended access and Bandsintown instead: npm run demo -- --full-access" : "For a Spotify app registered today instead: npm run demo"}${redis ? "" : "\n  Two instances on one Redis: npm run demo -- --redis"}
  Press Ctrl+C to stop.
`);
  const stop = () => void stack.stop().then(() => redis?.stop()).finally(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
