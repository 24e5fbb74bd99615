import { afterEach, describe, expect, it, vi } from "vitest";
import { demoEnv } from "../../scripts/stack";

// The server's startup log (instrumentation.ts) names the sources that serve each capability, and no secret.

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.restoreAllMocks();
  vi.resetModules();
});

async function startupLog(env: Record<string, string>): Promise<string[]> {
  process.env = { ...saved, ...demoEnv("http://sandbox.invalid"), NEXT_RUNTIME: "nodejs", ...env };
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  const { register } = await import("../../instrumentation");
  await register();
  return lines;
}

describe("the startup log", () => {
  it("names each capability's sources in the order they are tried, and no key", async () => {
    const lines = await startupLog({ LASTFM_API_KEY: "sandbox-lastfm-key" });
    expect(lines).toEqual([
      "[gigscovery] sources: similar artists: spotify → lastfm → deezer; tracks: spotify → spotify-search → your-top-tracks; " +
        "audio features: spotify → reccobeats; concerts: ticketmaster; taste without Spotify: lastfm, listenbrainz",
    ]);
    expect(lines.join("\n")).not.toMatch(/sandbox-lastfm-key|sandbox-ticketmaster-key|sandbox-only/);
  });

  it("follows the configuration: with a Bandsintown app id and the keyless fallbacks switched off", async () => {
    const lines = await startupLog({ BANDSINTOWN_APP_ID: "gigscovery-demo", TICKETMASTER_API_KEY: "", DEEZER_ENABLED: "false", RECCOBEATS_ENABLED: "false" });
    expect(lines).toEqual([
      "[gigscovery] sources: similar artists: spotify; tracks: spotify → spotify-search → your-top-tracks; audio features: spotify; concerts: bandsintown; taste without Spotify: listenbrainz",
    ]);
  });
});
