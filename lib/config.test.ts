import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/domain/errors";
import { parseConfig } from "./config";

const complete = {
  SPOTIFY_CLIENT_ID: "id",
  SPOTIFY_CLIENT_SECRET: "secret",
  BANDSINTOWN_APP_ID: "app",
  NEXTAUTH_SECRET: "0123456789abcdef0123",
};

describe("configuration", () => {
  it("names every missing setting instead of falling back to demo data", () => {
    const err = (() => {
      try {
        parseConfig({});
      } catch (e) {
        return e;
      }
    })() as ConfigError;
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.problems.map((p) => p.split(" ")[0])).toEqual(["SPOTIFY_CLIENT_ID", "SPOTIFY_CLIENT_SECRET", "NEXTAUTH_SECRET", "TICKETMASTER_API_KEY"]);
    expect(err.message).toMatch(/npm run demo/);
  });

  it("reads on/off settings as true/1 and false/0, unset or empty meaning the default", () => {
    const flags = (env: Record<string, string>) => {
      const c = parseConfig({ ...complete, ...env });
      return [c.DEEZER_ENABLED, c.RECCOBEATS_ENABLED, c.GIGSCOVERY_DEMO];
    };
    expect(flags({})).toEqual([true, true, false]);
    expect(flags({ DEEZER_ENABLED: "", RECCOBEATS_ENABLED: "", GIGSCOVERY_DEMO: "" })).toEqual([true, true, false]);
    expect(flags({ DEEZER_ENABLED: "0", RECCOBEATS_ENABLED: "false", GIGSCOVERY_DEMO: "1" })).toEqual([false, false, true]);
    expect(() => parseConfig({ ...complete, DEEZER_ENABLED: "yes" })).toThrow(/DEEZER_ENABLED/);
  });

  it("defaults to the real upstreams and the loopback redirect host", () => {
    const c = parseConfig(complete);
    expect(c.SPOTIFY_API_URL).toBe("https://api.spotify.com/v1");
    expect(c.NEXTAUTH_URL).toBe("http://127.0.0.1:3000");
    expect(c.GIGSCOVERY_DEMO).toBe(false);
  });

  it("needs one concert source, either one; fallback sources are optional", () => {
    const { BANDSINTOWN_APP_ID: _, ...noConcerts } = complete;
    expect(() => parseConfig(noConcerts)).toThrow(/TICKETMASTER_API_KEY is missing[\s\S]*BANDSINTOWN_APP_ID/);
    const tm = parseConfig({ ...noConcerts, TICKETMASTER_API_KEY: "key" });
    expect(tm.BANDSINTOWN_APP_ID).toBeUndefined();
    expect(tm.LASTFM_API_KEY).toBeUndefined();
    expect(tm.DEEZER_ENABLED).toBe(true);
    expect(parseConfig({ ...complete, RECCOBEATS_ENABLED: "false" }).RECCOBEATS_ENABLED).toBe(false);
  });

  it("reads an empty number setting as its default, like the other settings", () => {
    const c = parseConfig({ ...complete, RESTRICTION_MEMORY_SECONDS: "", CACHE_MAX_ENTRIES: " " });
    expect(c.RESTRICTION_MEMORY_SECONDS).toBe(3600);
    expect(c.CACHE_MAX_ENTRIES).toBe(20_000);
  });

  it("says a missing secret is missing, once", () => {
    try {
      parseConfig({ ...complete, NEXTAUTH_SECRET: "" });
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET is missing/)]);
    }
  });

  it("rejects a bad URL or number", () => {
    expect(() => parseConfig({ ...complete, SPOTIFY_API_URL: "nope", SPOTIFY_CONCURRENCY: "0" })).toThrow(/SPOTIFY_API_URL[\s\S]*SPOTIFY_CONCURRENCY/);
  });
});
