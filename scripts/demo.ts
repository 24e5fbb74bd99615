// npm run demo: build if needed, start the sandbox and the app on demo data, print the URL.
import { ensureBuilt, startStack } from "./stack";

async function main() {
  ensureBuilt();
  const stack = await startStack({
    appPort: Number(process.env.PORT ?? 3000),
    sandboxPort: Number(process.env.SANDBOX_PORT ?? 4010),
  });
  const listeners = stack.sandbox.catalog.listeners.filter((l) => l.id.startsWith("demo-"));
  console.log(`
  Gigscovery is running on DEMO DATA (a local sandbox stands in for Spotify and Bandsintown).

    App:           ${stack.appUrl}
    API reference: ${stack.appUrl}/docs
    Sandbox:       ${stack.sandbox.url}

  Sign in and pick a demo listener on the sandbox's consent page:
${listeners.map((l) => `    - ${l.displayName}: ${l.taste}`).join("\n")}

  Press Ctrl+C to stop.
`);
  const stop = () => void stack.stop().finally(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
