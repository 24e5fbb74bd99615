import { beforeAll, describe, expect, it } from "vitest";
import { APP_URL, getJson, requireStack } from "../helpers/app-client";
import { send } from "./raw-http";

// The original API's addresses as its clients may write them: /openapi.json (FastAPI's default,
// beside ours under /api), and each endpoint with a trailing slash, answered directly rather than
// redirected (the redirect repeated a ?token= in Location and Refresh, and carried no CORS headers).

beforeAll(requireStack);

const ORIGIN = "https://gigscovery-client.example";

describe("the original API's addresses", () => {
  it("/openapi.json is the same document as /api/openapi.json", async () => {
    const [ours, original] = await Promise.all([getJson("/api/openapi.json"), getJson("/openapi.json")]);
    expect(original.status).toBe(200);
    expect(original.headers.get("access-control-allow-origin")).toBe("*");
    expect(original.body).toEqual(ours.body);
  });

  for (const path of ["/get_bins", "/api/get_bins", "/artists/get_user_artists", "/tracks/features", "/api/places", "/openapi.json"]) {
    it(`${path}/ answers as ${path} does: no redirect, no token repeated, CORS headers`, async () => {
      const query = "?token=secret-listener-token&latitude=99&n_of_top_artists=0&q=ams";
      const [plain, slashed] = await Promise.all([
        send(APP_URL, { method: "GET", path: `${path}${query}`, headers: { Origin: ORIGIN } }),
        send(APP_URL, { method: "GET", path: `${path}/${query}`, headers: { Origin: ORIGIN } }),
      ]);
      expect(slashed.status).toBe(plain.status);
      expect(Math.floor(slashed.status / 100), "not a redirect").not.toBe(3);
      expect(slashed.headers.location).toBeUndefined();
      expect(slashed.headers.refresh).toBeUndefined();
      expect(slashed.headers["access-control-allow-origin"]).toBe("*");
      expect(slashed.body).toBe(plain.body);
      expect(slashed.body).not.toContain("secret-listener-token");
    });
  }

  it("a page's address with a trailing slash still redirects to the one without", async () => {
    const res = await send(APP_URL, { method: "GET", path: "/discover/?lat=52.37&lon=4.9" });
    expect(res.status).toBe(308);
    expect(res.headers.location).toBe("/discover?lat=52.37&lon=4.9");
  });
});
