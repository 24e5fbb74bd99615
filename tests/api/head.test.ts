import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addDays, listenerToken, requireStack, resetSandbox, sandboxCounters, sandboxToday, url } from "../helpers/app-client";

// HEAD answers what GET would as far as that can be told without calling anyone: it never runs the
// pipeline (it used to run all of it, 198 upstream calls for one request, and drop the answer).

let token: string;
let today: string;
beforeAll(async () => {
  requireStack();
  token = await listenerToken("demo-metal");
  today = await sandboxToday();
});
beforeEach(resetSandbox);
afterEach(resetSandbox);

const place = () => ({ latitude: 52.37, longitude: 4.9, date_begin: today, date_end: addDays(today, 60) });
const ENDPOINTS: [string, () => Record<string, string | number>, RegExp][] = [
  ["/api/get_bins", place, /^application\/json/],
  ["/get_bins", place, /^application\/json/],
  ["/api/get_bins/stream", place, /^application\/x-ndjson/],
  ["/api/artists/get_user_artists", () => ({ n_of_top_artists: 10 }), /^application\/json/],
  ["/tracks/features", () => ({}), /^application\/json/],
];

const head = (path: string, params: Record<string, string | number>, headers: Record<string, string> = {}) =>
  fetch(url(path, params), { method: "HEAD", headers });

describe("HEAD on the listener endpoints", () => {
  for (const [path, params, type] of ENDPOINTS) {
    it(`${path}: 200 with GET's content type and CORS headers, no body, and no upstream call`, async () => {
      const res = await head(path, params(), { Authorization: `Bearer ${token}` });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(type);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(await res.text()).toBe("");
      expect((await sandboxCounters()).total).toBe(0);
    });
  }

  it("says 422 for bad input and 401 without a (well-formed) token, as GET would", async () => {
    expect((await head("/api/get_bins", { ...place(), latitude: 99, token })).status).toBe(422);
    expect((await head("/api/get_bins", place())).status).toBe(401);
    expect((await head("/api/artists/get_user_artists", { token: "bad token" })).status).toBe(401);
    expect((await head("/api/tracks/features", {}, { Cookie: "next-auth.session-token=not-a-session" })).status).toBe(401);
    expect((await sandboxCounters()).total).toBe(0);
  });
});
