// Starts the sandbox (in this process) and the Next.js app (a child process) wired to it:
// used by `npm run demo`, `npm test` and `npm run bench`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { startSandbox, type Knobs, type Sandbox } from "../sandbox/server/index";

/** The repository's root. */
export const ROOT = path.resolve(__dirname, "..");
/** An installed package's executable, e.g. bin("next"). */
export const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

/** One app process (`next start`). */
export interface AppInstance {
  appUrl: string;
  /** The app's process (`next start` serves in this process). */
  appPid: number;
  stop(): Promise<void>;
}

export interface Stack extends AppInstance {
  /** Every app process, the first being `appUrl`'s: several with `instances` (sharing a Redis given in `appEnv.REDIS_URL`). */
  instances: AppInstance[];
  sandbox: Sandbox;
  /** Stops every app process and the sandbox. */
  stop(): Promise<void>;
}

/**
 * What the app is given access to:
 * - "new-app": what a Spotify app registered today has (development mode: no related artists, audio
 *   features or artist top tracks), no Bandsintown key, Ticketmaster and the keyless fallbacks;
 * - "full-access": Spotify extended access and a Bandsintown partner key, nothing else.
 */
export type StackProfile = "new-app" | "full-access";

const PROFILES: Record<StackProfile, { knobs: Partial<Knobs>; appEnv: Record<string, string> }> = {
  "new-app": { knobs: { spotifyDevelopmentMode: true, bandsintownEnabled: false }, appEnv: {} },
  "full-access": {
    knobs: {},
    appEnv: { BANDSINTOWN_APP_ID: "gigscovery-demo", TICKETMASTER_API_KEY: "", DEEZER_ENABLED: "false", RECCOBEATS_ENABLED: "false" },
  },
};

export interface StackOptions {
  appPort?: number; // 0 = a free port; with several instances, the next ones take the ports after it
  /** How many app processes to start against the one sandbox (default 1). */
  instances?: number;
  sandboxPort?: number; // 0 = a free port
  /** Default "new-app", like `npm run demo`. */
  profile?: StackProfile;
  knobs?: Partial<Knobs>;
  /** The demo catalog's seed and day (default: the default seed and today), for answers that must repeat. */
  seed?: number;
  today?: string;
  /** Extra settings for the app (e.g. upstream concurrency for the benchmark). */
  appEnv?: Record<string, string>;
  quiet?: boolean;
}

/** The demo settings (sandbox/demo.env) with the sandbox's URL filled in. */
export function demoEnv(sandboxUrl: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(path.join(ROOT, "sandbox/demo.env"), "utf8").split("\n")) {
    const m = line.match(/^([A-Z0-9_]+)=(.*)$/);
    if (m) env[m[1]!] = m[2]!.replaceAll("{SANDBOX}", sandboxUrl);
  }
  return env;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

const SOURCE_DIRS = ["app", "lib", "components", "public"];
const SOURCE_FILES = ["package-lock.json", "next.config.js", "tsconfig.json"];

function newestSourceMtime(): number {
  let newest = 0;
  const walk = (p: string) => {
    const s = statSync(p);
    if (s.isDirectory()) readdirSync(p).forEach((f) => walk(path.join(p, f)));
    else if (!/\.test\.tsx?$/.test(p)) newest = Math.max(newest, s.mtimeMs);
  };
  for (const d of SOURCE_DIRS) if (existsSync(path.join(ROOT, d))) walk(path.join(ROOT, d));
  for (const f of SOURCE_FILES) if (existsSync(path.join(ROOT, f))) newest = Math.max(newest, statSync(path.join(ROOT, f)).mtimeMs);
  return newest;
}

/** Runs `next build` unless a build newer than every source file exists. */
export function ensureBuilt(): void {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceMtime()) return;
  console.log("Building the app (next build)…");
  const result = spawnSync(bin("next"), ["build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

async function waitForApp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/openapi.json`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not start within ${timeoutMs / 1000} s`);
}

/** Sandbox + `next start` (production build) on 127.0.0.1: one app process, or `instances` of them. */
export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const count = opts.instances ?? 1;
  const ports = await Promise.all(
    Array.from({ length: count }, (_, i) => (opts.appPort === 0 || opts.appPort === undefined ? freePort() : Promise.resolve(opts.appPort + i))),
  );
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const profile = PROFILES[opts.profile ?? "new-app"];
  const sandbox = await startSandbox({
    port: opts.sandboxPort ?? 0,
    seed: opts.seed,
    today: opts.today,
    redirectUris: urls.map((url) => `${url}/api/auth/callback/spotify`),
    knobs: { ...profile.knobs, ...opts.knobs },
  });
  const started = await Promise.allSettled(ports.map((port, i) => startApp(port, { ...demoEnv(sandbox.url), ...profile.appEnv, NEXTAUTH_URL: urls[i]!, ...opts.appEnv }, opts.quiet)));
  const instances = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s) => s.status === "rejected");
  const stop = async () => {
    await Promise.all(instances.map((app) => app.stop()));
    await sandbox.close();
  };
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return { ...instances[0]!, instances, sandbox, stop };
}

/** `next start` on `port` with `appEnv` over this process's environment. */
async function startApp(port: number, appEnv: Record<string, string>, quiet = false): Promise<AppInstance> {
  const appUrl = `http://127.0.0.1:${port}`;
  const child = spawn(bin("next"), ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...appEnv },
    stdio: quiet ? ["ignore", "ignore", "inherit"] : ["ignore", "inherit", "inherit"],
  });
  try {
    await waitForApp(appUrl, child);
  } catch (err) {
    child.kill();
    throw err;
  }
  return {
    appUrl,
    appPid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
