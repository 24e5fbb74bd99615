// npm start: run Gigscovery against the real Spotify and Bandsintown with settings from the
// environment or .env. Refuses to start, naming each missing setting, rather than fall back to demo data.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseConfig, type Config } from "../lib/config";
import { ConfigError } from "../lib/domain/errors";
import { bin, ensureBuilt, ROOT } from "./stack";

function main() {
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  let settings: Config;
  try {
    settings = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  ensureBuilt();
  const url = new URL(settings.NEXTAUTH_URL);
  const result = spawnSync(
    bin("next"),
    ["start", "--hostname", process.env.HOSTNAME ?? url.hostname, "--port", process.env.PORT || url.port || "3000"],
    { cwd: ROOT, stdio: "inherit" },
  );
  process.exit(result.status ?? 1);
}

main();
