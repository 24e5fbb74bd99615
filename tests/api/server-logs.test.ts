import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLoggedApp, type LoggedApp } from "../helpers/logged-app";
import { send } from "./raw-http";

// What the server writes to its log when a request carries hostile values: one escaped, shortened
// line per event, never a line the client wrote, never a stack trace for a client's mistake.
// This file starts its own app (the shared one's output is not readable from here).

let app: LoggedApp;

beforeAll(async () => {
  app = await startLoggedApp();
});

afterAll(async () => {
  await app?.stop();
});

async function until(done: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out; the log so far:\n${app.log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What the server logs while these requests are answered. */
async function logged(paths: string[], marker: string): Promise<string[]> {
  const from = app.log.length;
  for (const path of paths) await send(app.url, { method: "GET", path });
  await send(app.url, { method: "GET", path: `/api/auth/callback/spotify?error=${marker}` }); // its line marks the end
  await until(() => app.log.slice(from).includes(marker));
  return app.log.slice(from).split("\n").filter((line) => line.trim() !== "" && !line.includes(marker));
}

describe("the server log", () => {
  it("a forged line in Spotify's callback ?error= stays escaped inside next-auth's own lines", async () => {
    const lines = await logged(["/api/auth/callback/spotify?error=foo%0D%0A%5Bgigscovery%5D%20sources%3A%20FORGED%1B%5B2J"], "end-of-forged");
    // next-auth reports it twice: as the provider's error, and as the failed callback.
    const escaped = "Error: foo\\u000d\\u000a[gigscovery] sources: FORGED\\u001b[2J";
    expect(lines).toEqual([`[next-auth][error][OAUTH_CALLBACK_HANDLER_ERROR] ${escaped}`, `[next-auth][error][OAUTH_CALLBACK_ERROR] ${escaped}`]);
  });

  it("a 6,000-character ?error= is cut short", async () => {
    const lines = await logged([`/api/auth/callback/spotify?error=${"A".repeat(6000)}`], "end-of-long");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.length).toBeLessThan(400);
      expect(line).toMatch(/\] Error: A{293}… \(5707 more characters\)$/);
    }
  });

  it("requests refused for their form log nothing, and no stack trace", async () => {
    const lines = await logged(
      ["/api/auth/session?callbackUrl=x", "/api/auth/session?callbackUrl=x", "/docs/assets/__proto__", "/docs/assets/%ff", "/api/get_bins?token=a%0Ab"],
      "end-of-refused",
    );
    expect(lines).toEqual([]);
  });
});
