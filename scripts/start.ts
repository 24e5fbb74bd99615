// npm start: run Gigscovery against the real Spotify and Bandsintown with settings from the
// environment or .env. Refuses to start, naming each missing setting, rather than fall back to demo data.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseConfig, ConfigError } from "../lib/config";
import { bin, ensureBuilt, ROOT } from "./stack";

function main() {
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  try {
    parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  ensureBuilt();
  const url = new URL(process.env.NEXTAUTH_URL ?? "http://127.0.0.1:3000");
  const result = spawnSync(
    bin("next"),
    ["start", "--hostname", process.env.HOSTNAME ?? url.hostname, "--port", process.env.PORT || url.port || "3000"],
    { cwd: ROOT, stdio: "inherit" },
  );
  process.exit(result.status ?? 1);
}

main();
