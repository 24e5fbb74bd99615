// npm test: everything that exists, in order —
//   0. the structure: dependency rules (dependency-cruiser) and no dead code (knip),
//   1. unit, sandbox contract, sources and pipeline tests (vitest project "unit"; the shared stores
//      and the privacy of what Redis holds against a real redis-server they start, tests/redis/),
//   2. a production build, then the sandbox + app started together,
//   3. API integration tests as an outside client (vitest project "api"; several-instances.test.ts
//      starts its own redis-server and two app instances on one sandbox),
//   4. browser journeys in Debian's Chromium (Playwright, e2e/).
import { spawn } from "node:child_process";
import { bin, ensureBuilt, ROOT, startStack } from "./stack";

// Asynchronous on purpose: the sandbox runs in this process and must keep answering meanwhile.
function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): Promise<boolean> {
  console.log(`\n━━ ${label} ━━`);
  const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return new Promise((resolve) => child.on("close", (code) => resolve(code === 0)));
}

// `npm test -- --only api,browser` runs just those parts (structure, unit, api, browser; all by default).
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1]?.split(",") : undefined;
const wanted = (part: string) => !only || only.includes(part);

async function main() {
  const results: [string, boolean][] = [];
  if (wanted("structure")) results.push(["structure (one-way imports)", await run("Structure: dependency rules", bin("depcruise"), ["app", "components", "lib", "instrumentation.ts", "--config", ".dependency-cruiser.cjs"])]);
  if (wanted("structure")) results.push(["no dead code (unused files, exports, dependencies)", await run("Structure: dead code", bin("knip"), [])]);
  if (wanted("unit")) results.push(["unit, contract, pipeline", await run("Unit, sandbox contract and pipeline tests", bin("vitest"), ["run", "--project", "unit"])]);
  if (wanted("api") || wanted("browser")) await againstRunningApps(results);

  console.log("\n━━ Summary ━━");
  for (const [name, ok] of results) console.log(`${ok ? "✔" : "✘"} ${name}`);
  process.exit(results.every(([, ok]) => ok) ? 0 : 1);
}

/** The API and browser tests: they need a production build and two running stacks. */
async function againstRunningApps(results: [string, boolean][]) {
  ensureBuilt();
  // Two apps side by side: one with full Spotify access and a Bandsintown key, one as a Spotify app
  // registered today has it (the demo's default). Each test says which one it calls.
  // Tests switch Spotify's development mode on and off on the first one, so it must not remember refusals.
  // Every test calls from this machine's one address: per-client limits are tested on a stack of their own (tests/api/load.test.ts).
  const unlimited = { SEARCHES_PER_ADDRESS_PER_MINUTE: "100000", SEARCHES_PER_LISTENER_PER_MINUTE: "100000", PLACES_PER_ADDRESS_PER_MINUTE: "1000000" };
  const [stack, newApp] = await Promise.all([
    startStack({ quiet: true, profile: "full-access", appEnv: { ...unlimited, RESTRICTION_MEMORY_SECONDS: "0" } }),
    startStack({ quiet: true, profile: "new-app", appEnv: unlimited }),
  ]);
  try {
    const env = { APP_URL: stack.appUrl, SANDBOX_URL: stack.sandbox.url, NEW_APP_URL: newApp.appUrl, NEW_APP_SANDBOX_URL: newApp.sandbox.url };
    if (wanted("api")) results.push(["api", await run("API integration tests", bin("vitest"), ["run", "--project", "api"], env)]);
    stack.sandbox.resetKnobs();
    newApp.sandbox.resetKnobs();
    if (wanted("browser")) {
      results.push([
        "browser",
        await run("Browser tests (Playwright, Chromium)", bin("playwright"), ["test"], {
          E2E_BASE_URL: stack.appUrl,
          E2E_SANDBOX_URL: stack.sandbox.url,
          E2E_NEW_APP_BASE_URL: newApp.appUrl,
          E2E_NEW_APP_SANDBOX_URL: newApp.sandbox.url,
        }),
      ]);
    }
  } finally {
    await Promise.all([stack.stop(), newApp.stop()]);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
