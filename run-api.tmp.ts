import { spawn } from "node:child_process";
import { bin, ensureBuilt, ROOT, startStack } from "./scripts/stack";
async function main() {
  ensureBuilt();
  const [stack, newApp] = await Promise.all([
    startStack({ quiet: true, profile: "full-access", appEnv: { RESTRICTION_MEMORY_SECONDS: "0" } }),
    startStack({ quiet: true, profile: "new-app" }),
  ]);
  const env = { APP_URL: stack.appUrl, SANDBOX_URL: stack.sandbox.url, NEW_APP_URL: newApp.appUrl, NEW_APP_SANDBOX_URL: newApp.sandbox.url,
    E2E_BASE_URL: stack.appUrl, E2E_SANDBOX_URL: stack.sandbox.url, E2E_NEW_APP_BASE_URL: newApp.appUrl, E2E_NEW_APP_SANDBOX_URL: newApp.sandbox.url };
  const [cmd, ...args] = process.argv.slice(2);
  const child = spawn(bin(cmd!), args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  const code = await new Promise<number>((r) => child.on("close", (c) => r(c ?? 1)));
  await Promise.all([stack.stop(), newApp.stop()]);
  process.exit(code);
}
void main();
