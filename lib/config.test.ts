import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

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
    expect(err.problems.map((p) => p.split(" ")[0])).toEqual(["SPOTIFY_CLIENT_ID", "SPOTIFY_CLIENT_SECRET", "BANDSINTOWN_APP_ID", "NEXTAUTH_SECRET"]);
    expect(err.message).toMatch(/npm run demo/);
  });

  it("defaults to the real upstreams and the loopback redirect host", () => {
    const c = parseConfig(complete);
    expect(c.SPOTIFY_API_URL).toBe("https://api.spotify.com/v1");
    expect(c.NEXTAUTH_URL).toBe("http://127.0.0.1:3000");
    expect(c.GIGSCOVERY_DEMO).toBe(false);
  });

  it("rejects a bad URL or number", () => {
    expect(() => parseConfig({ ...complete, SPOTIFY_API_URL: "nope", SPOTIFY_CONCURRENCY: "0" })).toThrow(/SPOTIFY_API_URL[\s\S]*SPOTIFY_CONCURRENCY/);
  });
});
