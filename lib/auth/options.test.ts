// next-auth builds its redirect URI from process.env.NEXTAUTH_URL and falls back to localhost, which
// Spotify refuses: without the setting, it must get our documented default.
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

const settings = {
  SPOTIFY_CLIENT_ID: "client",
  SPOTIFY_CLIENT_SECRET: "sandbox-only-secret",
  TICKETMASTER_API_KEY: "key",
  NEXTAUTH_SECRET: "unit-test-nextauth-secret-0123456789",
};

describe("authOptions", () => {
  it("gives next-auth http://127.0.0.1:3000 when NEXTAUTH_URL is unset", async () => {
    process.env = { ...saved, ...settings };
    delete process.env.NEXTAUTH_URL;
    const { authOptions } = await import("./options");
    authOptions();
    expect(process.env.NEXTAUTH_URL).toBe("http://127.0.0.1:3000");
  });

  it("leaves a configured NEXTAUTH_URL alone", async () => {
    process.env = { ...saved, ...settings, NEXTAUTH_URL: "https://gigs.example.org" };
    const { authOptions } = await import("./options");
    authOptions();
    expect(process.env.NEXTAUTH_URL).toBe("https://gigs.example.org");
  });
});
