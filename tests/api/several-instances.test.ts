import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/date-range";
import type { Counters } from "../../sandbox/server/index";
import { startRedisServer, type RedisServer } from "../../scripts/redis-server";
import { demoEnv, startStack, type AppInstance, type Stack } from "../../scripts/stack";
import { redisDump } from "../helpers/redis-dump";

// Several instances on one Redis, as a self-hoster runs them: a real redis-server (Debian's package)
// and two `next start` processes against one sandbox, each asked directly (a proxy would pick one).
// What one instance fetched or learned, the other uses; together they keep one upstream budget; a
// listener's token is refreshed once; Redis killed, both keep answering, and share again once it is
// back; and Redis holds public data only. The tests of a stack run in order: the first search on
// the stack is the one that learns Spotify's refusals.

const SECRET = demoEnv("http://unused").NEXTAUTH_SECRET!;
const CITIES = {
  berlin: { latitude: 52.52, longitude: 13.405 },
  london: { latitude: 51.5074, longitude: -0.1278 },
  paris: { latitude: 48.8566, longitude: 2.3522 },
  amsterdam: { latitude: 52.3676, longitude: 4.9041 },
  newYork: { latitude: 40.7128, longitude: -74.006 },
  tokyo: { latitude: 35.6762, longitude: 139.6503 },
  chicago: { latitude: 41.8781, longitude: -87.6298 },
  losAngeles: { latitude: 34.0522, longitude: -118.2437 },
} as const;
type City = keyof typeof CITIES;

/** get_bins as the page asks it (the whole taste, discoveries), for `token` or a cookie. */
async function search(app: AppInstance, stack: Stack, city: City, auth: { token?: string; cookie?: string }, extra: Record<string, string> = {}) {
  const today = stack.sandbox.catalog.today;
  const query = new URLSearchParams({
    ...Object.fromEntries(Object.entries(CITIES[city]).map(([k, v]) => [k, String(v)])),
    date_begin: today,
    date_end: addDays(today, 59),
    radius: "50",
    taste: "whole",
    discoveries: "true",
    ...extra,
  });
  const headers: Record<string, string> = {};
  if (auth.token) headers.Authorization = `Bearer ${auth.token}`;
  if (auth.cookie) headers.Cookie = auth.cookie;
  const res = await fetch(`${app.appUrl}/api/get_bins?${query}`, { headers });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Answer, text };
}

interface Answer {
  warnings?: { code: string }[];
  concerts?: unknown[];
  user_bins?: unknown[];
  taste?: { discoveries: { waiting: number } | null };
}

/**
 * The same search until every performer nearby is described (each search describes a few dozen new
 * ones and leaves the rest for the next): after it, the same search needs no new public data.
 */
async function searchFully(app: AppInstance, stack: Stack, city: City, auth: { token?: string; cookie?: string }) {
  let answer = await search(app, stack, city, auth);
  for (let more = 0; more < 10 && answer.status === 200 && (answer.body.taste?.discoveries?.waiting ?? 0) > 0; more++) answer = await search(app, stack, city, auth);
  expect(answer.body.taste?.discoveries?.waiting).toBe(0);
  return answer;
}

const tooMany = (c: Counters) => Object.values(c.byStatus).reduce((n, s) => n + (s["429"] ?? 0), 0);
const upstreamCalls = (c: Counters, upstream: string) => Object.entries(c.byEndpoint).filter(([e]) => e.startsWith(`${upstream} `)).reduce((n, [, v]) => n + v, 0);
/** The calls that ask for a listener's own data (their taste): never cached, never shared. */
const LISTENER_DATA = /^spotify GET \/v1\/me\//;
/** The public resources fetched (path and the query that matters), the listener's own data left out. */
const publicResources = (c: Counters) => Object.keys(c.byResource).filter((resource) => !LISTENER_DATA.test(resource));

describe("two instances of a Spotify app registered today, on one Redis", { timeout: 120_000 }, () => {
  let redis: RedisServer;
  let stack: Stack;
  let a: AppInstance;
  let b: AppInstance;
  /** Every token, listener id and username used, for the privacy check at the end. */
  const secrets = new Set<string>();

  beforeAll(async () => {
    redis = await startRedisServer();
    stack = await startStack({ quiet: true, instances: 2, appEnv: { REDIS_URL: redis.url, LASTFM_API_KEY: "sandbox-lastfm-key" } });
    [a, b] = stack.instances as [AppInstance, AppInstance];
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await redis?.stop();
  });

  beforeEach(() => {
    stack.sandbox.resetKnobs();
    stack.sandbox.resetCounters();
  });

  const tokenOf = (listener: string) => {
    const issued = stack.sandbox.issueToken(listener);
    secrets.add(listener).add(issued.access_token).add(issued.refresh_token);
    return issued;
  };

  it("a refusal A learned, B knows: B asks Spotify nothing it refused A", async () => {
    const first = await search(a, stack, "berlin", { token: tokenOf("demo-techno").access_token });
    expect(first.status).toBe(200);
    // Spotify refuses a new app related artists, artist top tracks and audio features: A learned it by asking.
    expect(stack.sandbox.counters().byStatus.spotify?.["403"]).toBeGreaterThan(0);
    stack.sandbox.resetCounters();
    // Another listener elsewhere on B: everything new to B, and nothing Spotify refused is asked again.
    const other = await search(b, stack, "london", { token: tokenOf("demo-hiphop").access_token });
    expect(other.status).toBe(200);
    const counters = stack.sandbox.counters();
    expect(upstreamCalls(counters, "spotify")).toBeGreaterThan(0);
    expect(counters.byStatus.spotify?.["403"] ?? 0).toBe(0);
  });

  it("B's search after A's same search asks no upstream for public data", async () => {
    const token = tokenOf("demo-indie").access_token;
    const onA = await searchFully(a, stack, "paris", { token });
    expect(onA.status).toBe(200);
    expect(onA.body.warnings?.map((w) => w.code)).not.toContain("timed_out");
    const costOnA = stack.sandbox.counters().total;
    stack.sandbox.resetCounters();
    const onB = await search(b, stack, "paris", { token });
    expect(onB.status).toBe(200);
    const calls = Object.keys(stack.sandbox.counters().byEndpoint);
    // Only the listener's own taste (never cached) is read again; every public answer came from Redis.
    expect(calls.filter((call) => !LISTENER_DATA.test(call))).toEqual([]);
    expect(calls.length).toBeGreaterThan(0);
    expect(costOnA).toBeGreaterThan(20);
    expect(onB.body.concerts).toEqual(onA.body.concerts);
  });

  it("one listener's token is refreshed once when both instances need it at once", async () => {
    // Spotify may rotate refresh tokens: a refresh token then works once, and a second refresh would sign the listener out.
    stack.sandbox.setKnobs({ refreshTokenRotation: true, latencyMs: 300 });
    const { access_token, refresh_token } = tokenOf("demo-jazz");
    const session = await encode({ token: { sub: "demo-jazz", name: "Nina", accessToken: access_token, refreshToken: refresh_token, accessTokenExpires: Date.now() - 1000 }, secret: SECRET });
    secrets.add(session);
    stack.sandbox.resetCounters();
    const ask = (app: AppInstance) => fetch(`${app.appUrl}/api/artists/get_user_artists?n_of_top_artists=2&n_related_artists=0`, { headers: { Cookie: `next-auth.session-token=${session}` } });
    const answers = await Promise.all([ask(a), ask(b)]);
    expect(answers.map((res) => res.status)).toEqual([200, 200]);
    const refreshes = Object.entries(stack.sandbox.counters().byEndpoint).filter(([call]) => /^accounts POST .*token/.test(call));
    expect(refreshes.reduce((n, [, count]) => n + count, 0)).toBe(1);
    // Both write the one refreshed session back to the listener's cookie.
    const written = answers.map((res) => res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token=")));
    expect(written.every(Boolean)).toBe(true);
    for (const cookie of written) secrets.add(cookie!.split(";")[0]!.split("=")[1]!);
  });

  it("Redis killed mid-run: both instances keep answering 200; restarted: shared again", async () => {
    const token = tokenOf("demo-metal").access_token;
    const during = search(a, stack, "amsterdam", { token });
    await redis.kill();
    const [onA, onB] = await Promise.all([during, search(b, stack, "newYork", { token })]);
    expect([onA.status, onB.status]).toEqual([200, 200]);
    expect((await search(b, stack, "amsterdam", { token })).status).toBe(200);

    await redis.restart();
    // Each instance goes back to Redis within a second or two of its answering again.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const eclectic = tokenOf("demo-eclectic").access_token;
    stack.sandbox.resetCounters();
    expect((await searchFully(a, stack, "tokyo", { token: eclectic })).status).toBe(200);
    const fetchedByA = publicResources(stack.sandbox.counters());
    expect(fetchedByA.length).toBeGreaterThan(20);
    stack.sandbox.resetCounters();
    expect((await search(b, stack, "tokyo", { token: eclectic })).status).toBe(200);
    // What A fetched since Redis came back, B finds there. (What either fetched while Redis was down
    // stays in that instance's own memory until it expires: B may fetch some of that itself.)
    expect(publicResources(stack.sandbox.counters()).filter((resource) => fetchedByA.includes(resource))).toEqual([]);
  });

  it("after full journeys on both instances, Redis holds no token, listener id, username or listener's artist list", async () => {
    // Ways in without Spotify: Last.fm and ListenBrainz profiles, and a calendar feed.
    const usernames = ["lfm-demo-indie", "lb-demo-techno"];
    usernames.forEach((u) => secrets.add(u));
    const choose = async (app: AppInstance, taste: Record<string, string>) => {
      const res = await fetch(`${app.appUrl}/api/taste`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(taste) });
      expect(res.status).toBe(200);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith("gigscovery-taste="))!.split(";")[0]!;
      secrets.add(cookie.split("=")[1]!);
      return cookie;
    };
    const lastfm = await choose(a, { source: "lastfm", username: usernames[0]!, period: "6month" });
    const listenbrainz = await choose(b, { source: "listenbrainz", username: usernames[1]!, period: "overall" });
    const fromLastfm = await search(b, stack, "chicago", { cookie: lastfm });
    const fromListenbrainz = await search(a, stack, "losAngeles", { cookie: listenbrainz });
    expect([fromLastfm.status, fromListenbrainz.status]).toEqual([200, 200]);
    const feedArtists = (fromListenbrainz.body.user_bins as { bin_reason: { band_spotify_id: string }[] }[])[0]!.bin_reason.map((r) => r.band_spotify_id);
    const feed = await fetch(`${a.appUrl}/api/feeds`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: listenbrainz },
      body: JSON.stringify({ artist_ids: feedArtists, name: "Mix", latitude: CITIES.losAngeles.latitude, longitude: CITIES.losAngeles.longitude, radius: 50, days: 60 }),
    });
    expect(feed.status).toBe(200);
    const link = ((await feed.json()) as { url: string }).url;
    secrets.add(link.split("/api/feeds/")[1]!.replace(/\.ics$/, ""));
    expect((await fetch(link.replace(a.appUrl, b.appUrl))).status).toBe(200);

    const dump = await redisDump(redis.url);
    expect(dump.entries.length).toBeGreaterThan(100);
    for (const secret of secrets) expect(dump.text).not.toContain(secret);
    // No listener's artists together: not their top artists (any time range), not a feed's artists.
    const lists = dump.idLists.map((ids) => ids.join(","));
    for (const listener of stack.sandbox.catalog.listeners.filter((l) => l.id.startsWith("demo-"))) {
      for (const range of ["short_term", "medium_term", "long_term"] as const) {
        const top = listener.topArtistIds[range].slice(0, 5).join(",");
        expect(lists.some((ids) => ids.includes(top))).toBe(false);
      }
    }
    expect(lists.some((ids) => ids.includes(feedArtists.slice(0, 3).join(",")))).toBe(false);
    // Public data under its cache key; budgets and refusals of upstreams; limits, locks and hand-offs under keyed hashes only.
    for (const { key } of dump.entries) {
      expect(key).toMatch(
        /^gigscovery:(cache:(spotify|lastfm|deezer|reccobeats|bandsintown|ticketmaster|performer|sound):.+|budget:[\w-]+:(starts|day|paused|quota-gone)|refusal:[\w-]+\/[\w-]+|limit:[\w.:-]+:[\w-]{43}|refresh:(handoff:)?[\w-]{43})$/,
      );
    }
  });
});

describe("two instances under load, on one Redis", { timeout: 120_000 }, () => {
  // Budgets tight enough that the load meets them: the sandbox turns away (429) anything over them,
  // per upstream in any rolling window, so a 429 would be one both instances together caused.
  const BUDGET = 20;
  let redis: RedisServer;
  let stack: Stack;

  beforeAll(async () => {
    redis = await startRedisServer();
    const limits = { SPOTIFY_RATE_LIMIT: String(BUDGET), BANDSINTOWN_RATE_LIMIT: String(BUDGET), UPSTREAM_RATE_WINDOW_SECONDS: "1" };
    stack = await startStack({
      quiet: true,
      instances: 2,
      profile: "full-access",
      knobs: { rateLimit: BUDGET, rateLimitWindowSeconds: 1, latencyMs: 20 },
      appEnv: { REDIS_URL: redis.url, ...limits, REQUEST_DEADLINE_SECONDS: "12" },
    });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await redis?.stop();
  });

  it("together never exceed the configured budget: no 429 from any upstream, every answer 200", async () => {
    const listeners = stack.sandbox.catalog.listeners.filter((l) => l.id.startsWith("listener-")).slice(0, 6);
    const cities = Object.keys(CITIES) as City[];
    stack.sandbox.resetCounters();
    const started = Date.now();
    const answers = await Promise.all(
      listeners.map((listener, i) => search(stack.instances[i % 2]!, stack, cities[i % cities.length]!, { token: stack.sandbox.issueToken(listener.id).access_token }, { taste: "top", discoveries: "false", top_artists: "5", related_artists: "3" })),
    );
    const seconds = (Date.now() - started) / 1000;
    const counters = stack.sandbox.counters();
    expect(answers.map((r) => r.status)).toEqual(listeners.map(() => 200));
    // The load was real: more than either instance's budget alone would have let through in that time.
    expect(upstreamCalls(counters, "spotify") + upstreamCalls(counters, "bandsintown")).toBeGreaterThan(2 * BUDGET);
    expect(seconds).toBeGreaterThan(1);
    expect(tooMany(counters)).toBe(0);
  }, 120_000);
});
