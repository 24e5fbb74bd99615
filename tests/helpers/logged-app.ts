import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { startSandbox, type Knobs, type Sandbox } from "../../sandbox/server/index";
import { ROOT, bin, demoEnv, freePort } from "../../scripts/stack";

/** An app of a test's own (`next start` on a sandbox of its own), whose log the test reads. */
export interface LoggedApp {
  url: string;
  sandbox: Sandbox;
  /** Everything the app has written to stdout and stderr so far. */
  readonly log: string;
  stop(): Promise<void>;
}

/** Starts it and waits for its startup line (`[gigscovery] sources:`); the shared stacks' output is not readable from a test. */
export async function startLoggedApp(opts: { knobs?: Partial<Knobs>; env?: Record<string, string> } = {}): Promise<LoggedApp> {
  const sandbox = await startSandbox({ port: 0, knobs: opts.knobs });
  const url = `http://127.0.0.1:${await freePort()}`;
  const app = spawn(bin("next"), ["start", "--hostname", "127.0.0.1", "--port", new URL(url).port], {
    cwd: ROOT,
    env: { ...process.env, ...demoEnv(sandbox.url), ...opts.env, NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  app.stdout!.on("data", (c: Buffer) => (log += c.toString()));
  app.stderr!.on("data", (c: Buffer) => (log += c.toString()));
  const stop = async () => {
    if (app.exitCode === null && app.signalCode === null) {
      const exited = new Promise((r) => app.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }
    await sandbox.close();
  };
  const deadline = Date.now() + 30_000;
  while (!log.includes("[gigscovery] sources:")) {
    if (Date.now() > deadline || app.exitCode !== null) {
      await stop();
      throw new Error(`the app did not start:\n${log}`);
    }
    await sleep(50);
  }
  return {
    url,
    sandbox,
    get log() {
      return log;
    },
    stop,
  };
}
