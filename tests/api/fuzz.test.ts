import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_URL, requireStack, resetSandbox, sandboxCounters } from "../helpers/app-client";
import { jsonError, send, type RawAnswer, type RawRequest } from "./raw-http";

// 10,000 hostile requests over every route and method: never a server error (5xx), and every error
// from the API a JSON body with `error` and `code`. Pages may answer an HTML 4xx (Next.js's not-found page).
// Seeded, so a run repeats (FUZZ_SEED=n tries another); a failure names the requests it was for.
// Tokens are absent, malformed or rarely a well-formed fake (which costs one Spotify call, refused):
// no listener's pipeline runs, so the sandbox's upstreams are spared.

const SEED = Number(process.env.FUZZ_SEED ?? 16);
const COUNT = 10_000; // sent 16 at a time

/** API addresses: their errors are JSON. */
const API_ROUTES = [
  "/api/get_bins",
  "/get_bins",
  "/api/get_bins/stream",
  "/api/artists/get_user_artists",
  "/artists/get_user_artists",
  "/api/tracks/features",
  "/tracks/features",
  "/api/places",
  "/api/taste",
  "/api/taste/match",
  "/api/feeds",
  "/api/feeds/not-a-link.ics",
  "/api/feeds/eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA.ics",
  "/api/openapi.json",
  "/openapi.json",
  "/api/auth/session",
  "/api/auth/csrf",
  "/api/auth/providers",
  "/api/auth/signin",
  "/api/auth/signin/spotify",
  "/api/auth/signout",
  "/api/auth/callback/spotify",
  "/api/auth/error",
  "/api/auth/_log",
  "/api/auth/no-such-action",
  "/api",
  "/api/no-such-endpoint",
  "/docs/assets/docs-init.js",
  "/docs/assets/no-such-file",
];
/** Pages (HTML) and static files: anything below 500. */
const PAGE_ROUTES = ["/", "/discover", "/docs", "/no-such-page", "/_next/static/no-such-chunk.js", "/favicon.ico", "/manifest.webmanifest", "/concerts/ticketmaster/G5diZfkn0B-bh"];

const isApiPath = (path: string) =>
  /^\/api(\/|$)|^\/docs\/assets\/[^/]+$/.test(path) || /^\/(get_bins|artists\/get_user_artists|tracks\/features|openapi\.json)\/?$/.test(path);
/** Whether the address is the API's once its dot segments are resolved, as the server does ("/api/.." is the home page). */
function isApi(path: string): boolean {
  try {
    return isApiPath(new URL(path, "http://gigscovery.test").pathname);
  } catch {
    return isApiPath(path.split("?", 1)[0]!);
  }
}

const NASTY = [
  "", " ", "0", "-1", "-0", "1e309", "NaN", "Infinity", "0x10", "2026-02-30", "9999-99-99", "null", "true", "[]", "{}",
  "__proto__", "constructor", "hasOwnProperty", "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "\r\n",
  "\u202e", "😀", "é", "a".repeat(3000), "9".repeat(400), "/", "//evil.example", "http://evil.example/", "javascript:alert(1)",
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer()).map(String) },
);
/** Percent-encodings that do not decode; Node sends them as they are. */
const brokenEncoding = fc.constantFrom("%", "%ff", "%zz", "%E0%A4%A", "a%", "%%");

const PARAMS = [
  "latitude", "longitude", "date_begin", "date_end", "radius", "top_artists", "related_artists", "time_range", "n_of_top_artists",
  "n_related_artists", "token", "q", "limit", "lat", "lon", "callbackUrl", "error", "csrf", "_rsc", "__proto__",
];
const query = fc
  .array(fc.tuple(fc.constantFrom(...PARAMS), fc.oneof({ weight: 6, arbitrary: text.map(encodeURIComponent) }, { weight: 1, arbitrary: brokenEncoding })), { maxLength: 6 })
  .map((pairs) => (pairs.length ? "?" + pairs.map(([k, v]) => `${k}=${v}`).join("&") : ""));
const suffix = fc.oneof(
  { weight: 8, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constant("/") },
  { weight: 2, arbitrary: fc.oneof(text.map(encodeURIComponent), brokenEncoding, fc.constantFrom("..", "%2e%2e", "%2F", "__proto__")).map((s) => `/${s}`) },
);
const path = fc
  .tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...API_ROUTES) }, { weight: 1, arbitrary: fc.constantFrom(...PAGE_ROUTES) }), suffix, query)
  .map(([route, tail, q]) => route.replace(/\/$/, "") + tail + q || "/");

/** What Node lets into a header value (it refuses CR, LF, NUL and the other controls itself). */
const headerSafe = (s: string) => s.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?");
const headerText = text.map(headerSafe);
/** A few of these headers on each request. */
const headers = fc
  .uniqueArray(
    fc.oneof(
      fc.tuple(
        fc.constant("Authorization"),
        fc.oneof(fc.constantFrom("Bearer", "Basic Zm9vOmJhcg==", "Bearer a b", "Bearer not-a-real-token"), headerText.map((t) => `Bearer ${t}`)),
      ),
      fc.tuple(
        fc.constant("Cookie"),
        fc.oneof(
          fc.constantFrom("next-auth.session-token=garbage", "next-auth.callback-url=x", "next-auth.callback-url=%2F%2F", "next-auth.csrf-token=a%7Cb", "__Secure-next-auth.callback-url=x"),
          headerText.map((t) => `next-auth.session-token=${t}`),
          fc.constantFrom("gigscovery-taste=garbage", "gigscovery-taste=%zz", "gigscovery-taste=e30.e30.e30.e30.e30"),
          headerText.map((t) => `gigscovery-taste=${t}`),
        ),
      ),
      fc.tuple(fc.constant("Content-Type"), fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x", "garbage")),
      fc.tuple(fc.constant("RSC"), fc.constant("1")),
      fc.tuple(fc.constant("Next-Router-State-Tree"), fc.oneof(headerText, fc.constant(encodeURIComponent('["",{"children":["__PAGE__",{}]}]')))),
      fc.tuple(fc.constant("Next-Router-Prefetch"), fc.constant("1")),
      fc.tuple(fc.constantFrom("Next-Router-Segment-Prefetch", "Next-Url", "Next-Action", "X-Forwarded-Host", "Origin"), headerText),
      fc.tuple(fc.constant("Accept"), fc.constantFrom("text/html", "application/json", "text/x-component", "*/*", "garbage")),
      fc.tuple(fc.constant("X-Forwarded-Proto"), fc.constantFrom("https", "garbage")),
      fc.tuple(fc.constant("Range"), fc.constantFrom("bytes=0-1", "bytes=garbage")),
    ),
    { maxLength: 3, selector: ([name]) => name },
  )
  .map((pairs) => Object.fromEntries(pairs));
const body = fc.oneof(
  fc.constantFrom("", "notjson", "{", "null", '{"callbackUrl":5,"csrfToken":[]}', "csrfToken=x&callbackUrl=x&json=true", "level=error&code=X"),
  fc.constantFrom(
    '{"source":"listenbrainz","username":"nobody-here"}',
    '{"source":"lastfm","username":"x","period":"forever"}',
    '{"source":"your-list","artist_ids":[]}',
    '{"source":"your-list","artist_ids":["__proto__"]}',
    '{"names":[]}',
    '{"names":["a","a","a"]}',
    '{"artist_ids":["x"],"name":"n","latitude":91,"longitude":2,"radius":5,"days":5}',
    '{"artist_ids":[],"name":"","latitude":"x"}',
  ),
  fc.json(),
  text,
);
const METHODS = fc.oneof(
  { weight: 8, arbitrary: fc.constant("GET") },
  { weight: 2, arbitrary: fc.constant("HEAD") },
  { weight: 3, arbitrary: fc.constant("POST") },
  { weight: 2, arbitrary: fc.constant("OPTIONS") },
  { weight: 3, arbitrary: fc.constantFrom("PUT", "PATCH", "DELETE") },
  { weight: 1, arbitrary: fc.constantFrom("TRACE", "PROPFIND", "MKCOL", "SEARCH", "PURGE") },
);
const hostileRequest: fc.Arbitrary<RawRequest> = fc
  .record({ method: METHODS, path, headers, body })
  .map((r) => (["POST", "PUT", "PATCH", "DELETE"].includes(r.method) ? r : { ...r, body: undefined }));

/** What is wrong with this answer, if anything. */
function wrong(r: RawRequest, a: RawAnswer): string | null {
  if (a.status >= 500) return `${a.status}: ${a.body.slice(0, 200)}`;
  const api = isApi(r.path);
  if (api && r.method !== "HEAD" && a.status >= 400 && !jsonError(a)) return `${a.status} without a JSON error: ${a.body.slice(0, 200)}`;
  return null;
}

async function inBatches<T, U>(items: T[], size: number, f: (item: T) => Promise<U>): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(f))));
  return out;
}

beforeAll(async () => {
  requireStack();
  await resetSandbox();
});
afterAll(resetSandbox);

describe("fuzz", () => {
  it(`${COUNT} hostile requests: no 5xx, and the API's errors are JSON with "error" and "code"`, { timeout: 120_000 }, async () => {
    const requests = fc.sample(hostileRequest, { numRuns: COUNT, seed: SEED });
    const started = Date.now();
    const answers = await inBatches(requests, 16, (r) => send(APP_URL, r));
    const seconds = (Date.now() - started) / 1000;
    const problems = requests.flatMap((r, i) => {
      const problem = wrong(r, answers[i]!);
      return problem ? [{ request: r, problem }] : [];
    });
    expect(problems.slice(0, 10), `${problems.length} of ${COUNT} answers were wrong (seed ${SEED})`).toEqual([]);
    const statuses: Record<number, number> = {};
    for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    const spotify = Object.entries((await sandboxCounters()).byEndpoint).filter(([e]) => e.startsWith("spotify")).reduce((n, [, c]) => n + c, 0);
    console.log(`fuzz: ${COUNT} requests in ${seconds.toFixed(1)} s (seed ${SEED}); statuses ${JSON.stringify(statuses)}; Spotify calls ${spotify}`);
  });
});
