// npm test: everything that exists, in order —
//   1. unit, sandbox contract, sources and pipeline tests (vitest project "unit"),
//   2. a production build, then the sandbox + app started together,
//   3. API integration tests as an outside client (vitest project "api"),
//   4. browser journeys in Debian's Chromium (Playwright, e2e/).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { ensureBuilt, startStack } from "./stack";

const ROOT = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function hasBrowserTests(): boolean {
  const dir = path.join(ROOT, "e2e");
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".spec.ts"));
}

async function main() {
  const results: [string, boolean][] = [];
  results.push(["unit, contract, pipeline", run("Unit, sandbox contract and pipeline tests", bin("vitest"), ["run", "--project", "unit"])]);

  ensureBuilt();
  const stack = await startStack({ quiet: true });
  try {
    const env = { APP_URL: stack.appUrl, SANDBOX_URL: stack.sandbox.url };
    results.push(["api", run("API integration tests", bin("vitest"), ["run", "--project", "api"], env)]);
    stack.sandbox.resetKnobs();
    if (hasBrowserTests()) {
      results.push([
        "browser",
        run("Browser tests (Playwright, Chromium)", bin("playwright"), ["test"], { E2E_BASE_URL: stack.appUrl, E2E_SANDBOX_URL: stack.sandbox.url }),
      ]);
    }
  } finally {
    await stack.stop();
  }

  console.log("\n━━ Summary ━━");
  for (const [name, ok] of results) console.log(`${ok ? "✔" : "✘"} ${name}`);
  process.exit(results.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
