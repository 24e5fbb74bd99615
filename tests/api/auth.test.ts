import { beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_URL, getJson, listenerToken, requireStack } from "../helpers/app-client";

let token: string;
beforeAll(async () => {
  requireStack();
  token = await listenerToken();
});

const paths = ["/api/artists/get_user_artists", "/api/tracks/features", "/api/get_bins?latitude=52.37&longitude=4.9&date_begin=2026-12-01&date_end=2026-12-31"];

describe("the listener's token", () => {
  for (const path of paths) {
    it(`${path.split("?")[0]}: no token gives 401 with a clear JSON message`, async () => {
      const { status, body } = await getJson(path);
      expect(status).toBe(401);
      expect(body.error).toMatch(/sign in/i);
    });

    it(`${path.split("?")[0]}: a token Spotify rejects gives 401`, async () => {
      const { status, body } = await getJson(path, {}, { Authorization: "Bearer not-a-real-token" });
      expect(status).toBe(401);
      expect(body.error).toMatch(/Spotify rejected/);
    });
  }

  it("accepts Authorization: Bearer", async () => {
    const { status, body } = await getJson("/api/artists/get_user_artists", {}, { Authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body.users_artists.length).toBeGreaterThan(0);
  });

  it("prefers the Authorization header over the token query parameter", async () => {
    const { status } = await getJson("/api/artists/get_user_artists", { token: "stale" }, { Authorization: `Bearer ${token}` });
    expect(status).toBe(200);
  });

  it("a revoked token gives 401", async () => {
    const revoked = await listenerToken();
    await fetch(`${SANDBOX_URL}/__sandbox/revoke`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ access_token: revoked }),
    });
    const { status } = await getJson("/api/artists/get_user_artists", { token: revoked });
    expect(status).toBe(401);
  });
});
