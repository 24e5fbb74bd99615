// The in-process sandbox for a test file: started once on a random port, closed at the end, with
// knobs and counters back to their starting state before every test.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, startSandbox, type Sandbox, type SandboxOptions } from "@/sandbox/server/index";

/** The sandbox's "today" when pinned, so dates in assertions are fixed. */
export const TEST_TODAY = "2026-06-15";

export interface TestSandboxOptions extends Omit<SandboxOptions, "port" | "today"> {
  /**
   * "pinned" (default): today is TEST_TODAY, for tests that compare against fixed dates.
   * "real": today's local date, as the sandbox runs beside the app.
   */
  date?: "pinned" | "real";
}

export interface UsedSandboxOptions extends TestSandboxOptions {
  /** Issue an access token for this listener once the sandbox is up (read it as `.token`). */
  tokenFor?: string;
}

/** The file's sandbox; usable inside tests and hooks (not at module level, before it has started). */
export interface UsedSandbox extends Sandbox {
  /** The access token issued for `tokenFor`. */
  readonly token: string;
}

/** Starts a sandbox on a random free port. Prefer useSandbox(); this is for a second, short-lived one inside a test. */
export function startTestSandbox({ date = "pinned", ...options }: TestSandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ ...options, port: 0, ...(date === "pinned" ? { today: TEST_TODAY } : {}) });
}

/**
 * Registers the hooks of a test file that talks to one sandbox: start it before all tests (and
 * issue `tokenFor`'s token), reset its knobs and counters before each, close it after all.
 * Call it at the top of the file, before any hook that uses the sandbox.
 */
export function useSandbox(options: UsedSandboxOptions = {}): UsedSandbox {
  const { tokenFor, ...startOptions } = options;
  let sandbox: Sandbox | undefined;
  let token: string | undefined;

  beforeAll(async () => {
    sandbox = await startTestSandbox(startOptions);
    if (tokenFor !== undefined) token = sandbox.issueToken(tokenFor).access_token;
  });
  afterAll(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });
  beforeEach(() => {
    sandbox!.resetKnobs();
    sandbox!.resetCounters();
  });

  return new Proxy({} as UsedSandbox, {
    get(_, key) {
      if (!sandbox) throw new Error(`the sandbox is not running (read .${String(key)} inside a test or hook, after useSandbox() registered its hooks)`);
      if (key === "token") {
        if (token === undefined) throw new Error("no token was issued: pass useSandbox({ tokenFor: listenerId })");
        return token;
      }
      return Reflect.get(sandbox, key);
    },
  });
}

/** The app's own token, as the server gets it: Spotify's client-credentials grant at the sandbox. */
export async function appToken(sandbox: Pick<Sandbox, "url">): Promise<string> {
  const res = await fetch(`${sandbox.url}/accounts/api/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${DEFAULT_CLIENT_ID}:${DEFAULT_CLIENT_SECRET}`).toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  return ((await res.json()) as { access_token: string }).access_token;
}
