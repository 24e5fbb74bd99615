import { format } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { PublicCache } from "@/lib/cache/cache";
import { MemoryCache } from "@/lib/cache/memory-cache";
import type { Budgets } from "@/lib/http/shared-budget";
import type { RefusalStore } from "@/lib/pipeline/refusal-memory";
import { RedisCache } from "@/lib/cache/redis-cache";
import { redisBudgets } from "@/lib/redis/redis-budgets";
import { RedisRefusals } from "@/lib/redis/refusal-store";
import { SharedStore } from "@/lib/redis/shared-store";
import type { Pipeline } from "@/lib/pipeline/pipeline";
import { getBins } from "@/lib/pipeline/get-bins";
import { getTrackFeatures } from "@/lib/pipeline/track-features";
import { feedConcerts } from "@/lib/pipeline/feed-concerts";
import { matchListedNames } from "@/lib/pipeline/listed-artists";
import type { TasteChoice } from "@/lib/domain/taste";
import { startRedisServer, type RedisServer } from "../../scripts/redis-server";
import { amsterdamRequest, capabilitiesFor, NEW_APP_SOURCES } from "../helpers/pipeline-setup";
import { idLists, redisDump } from "../helpers/redis-dump";
import { appToken, useSandbox } from "../helpers/sandbox";

// Privacy by design: after full journeys of two listeners, through every source (Spotify with full
// access and in development mode, Bandsintown, Ticketmaster, Last.fm, Deezer, ReccoBeats), no cache
// entry and no log line holds a token, a Spotify user id, or a listener's top artists or top tracks
// as such.
//
// What the pipeline logs: only errors it did not expect (lib/pipeline/warnings.ts addFailure). An
// upstream's 5xx, 429, timeout or broken body is an UpstreamFailure, which becomes a warning for the
// listener and is not logged, so the sandbox's faults alone log nothing. To have log lines to check,
// the track sources fail for one artist the way a bug would: a TypeError that, like the errors of
// many HTTP libraries, carries the request it was making, Authorization header included.
//
// Each journey runs twice: with the public cache in this process, and as several instances keep it,
// on a real redis-server with the upstream budgets and refusals there too; then every Redis key and
// value is read back (tests/helpers/redis-dump.ts), not only the cache's.

/** A PublicCache that keeps everything, so the test can read every entry. */
class InspectableCache implements PublicCache {
  readonly entries = new Map<string, unknown>();
  async get<T>(key: string) {
    return this.entries.get(key) as T | undefined;
  }
  async set<T>(key: string, value: T) {
    this.entries.set(key, value);
  }
  async getMany<T>(keys: string[]) {
    return keys.map((key) => this.entries.get(key) as T | undefined);
  }
  async setMany<T>(entries: [string, T][]) {
    for (const [key, value] of entries) this.entries.set(key, value);
  }
}

/** Where a journey keeps what it may keep: its public cache (and, on Redis, budgets and refusals), all readable afterwards. */
interface Store {
  cache: PublicCache;
  wiring: { budgets?: Budgets; refusals?: RefusalStore };
  /** The public cache's entries, by their cache key. */
  entries(): Promise<Map<string, unknown>>;
  /** Everything else the store holds, as text (Redis: every key and value that is not the cache's). */
  rest(): Promise<string>;
}

const memoryStore = async (): Promise<Store> => {
  const cache = new InspectableCache();
  return { cache, wiring: {}, entries: async () => cache.entries, rest: async () => "" };
};

const REDIS_SECRET = "privacy-test-secret-of-some-length";
const CACHE_PREFIX = "gigscovery:cache:";
let redis: RedisServer | undefined;
const stores: SharedStore[] = [];
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await redis?.stop();
});

const redisStore = async (): Promise<Store> => {
  redis ??= await startRedisServer();
  const store = new SharedStore(redis.url);
  stores.push(store);
  await vi.waitFor(() => expect(store.ready).toBe(true), { timeout: 5000 });
  await store.redis.flushall();
  const url = redis.url;
  return {
    cache: new RedisCache(store, new MemoryCache(100_000)),
    wiring: { budgets: redisBudgets(store, REDIS_SECRET), refusals: new RedisRefusals(store) },
    entries: async () => {
      const dump = await redisDump(url);
      return new Map(dump.entries.filter((e) => e.key.startsWith(CACHE_PREFIX)).map((e) => [e.key.slice(CACHE_PREFIX.length), JSON.parse(e.value) as unknown]));
    },
    rest: async () => {
      const rest = (await redisDump(url)).entries.filter((e) => !e.key.startsWith(CACHE_PREFIX));
      // Budgets and refusals are our app's, limits and daily shares keyed hashes: nothing of a listener.
      for (const { key } of rest) expect(key).toMatch(/^gigscovery:(budget:[\w-]+:(starts|day|paused|quota-gone)|refusal:[\w-]+\/[\w-]+|limit:[\w.:-]+:[\w-]{43})$/);
      expect(rest.some((e) => e.key.startsWith("gigscovery:budget:"))).toBe(true);
      return rest.map((e) => `${e.key} ${e.value}`).join("\n");
    },
  };
};

const sandbox = useSandbox({ date: "real" });

const UNEXPECTED = "[pipeline] unexpected tracks_unavailable error:";

/** `caps` whose track sources all throw an unexpected error (not an UpstreamFailure) for `artistIds`. */
function failingTracksFor(caps: Pipeline, artistIds: Set<string>): Pipeline {
  return {
    ...caps,
    artistTracks: caps.artistTracks.map((source) => ({
      id: source.id,
      label: source.label,
      tracksOf: (ctx, artist) => {
        if (!artistIds.has(artist.id)) return source.tracksOf(ctx, artist);
        const bug = new TypeError("Cannot read properties of undefined (reading 'items')");
        return Promise.reject(Object.assign(bug, { request: { url: `${sandbox.url}/spotify/v1/artists/${artist.id}/top-tracks`, headers: { Authorization: `Bearer ${ctx.spotifyToken}` } } }));
      },
    })),
  };
}

const STORES = [
  ["in this process", memoryStore],
  ["on a shared Redis", redisStore],
] as const;

describe.each(STORES)("privacy, the public cache %s", (_where, makeStore) => {
  it("keeps no token, user id, top-artist or top-track list in the cache or the logs", async () => {
    const store = await makeStore();
    const { cache, wiring } = store;
    const logged: string[] = [];
    // Each line as the console would print it (util.format inspects objects, errors' own properties included).
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(format(...args))),
    );
    const listeners = ["demo-indie", "demo-techno"];
    const profiles = listeners.map((listener) => sandbox.catalog.listeners.find((l) => l.id === listener)!);
    const broken = new Set(profiles.map((p) => p.topArtistIds.medium_term[0]!));
    const tokens: string[] = [];
    try {
      const full = failingTracksFor(capabilitiesFor(sandbox, { cache, ...wiring }, { bandsintown: true, ticketmaster: true }), broken);
      const newApp = failingTracksFor(capabilitiesFor(sandbox, { cache, ...wiring }, { ...NEW_APP_SOURCES, lastfm: true }), broken);
      for (const listener of listeners) {
        for (const [caps, devMode] of [[full, false], [newApp, true]] as const) {
          // Upstream failures become warnings, not log lines; they are here so failed paths are gone through too.
          sandbox.setKnobs({ spotifyDevelopmentMode: devMode, errorRate: 0.1, faultUpstreams: ["deezer", "ticketmaster"] });
          const { access_token } = sandbox.issueToken(listener);
          tokens.push(access_token);
          const ctx = { spotifyToken: access_token, timeRange: "medium_term" as const };
          await getBins(caps, ctx, amsterdamRequest(sandbox));
          // The whole taste and discoveries: the performers nearby are described and cached as public data.
          await getBins(caps, ctx, amsterdamRequest(sandbox, { taste: "whole", discoveries: true, radiusKm: 50 }));
          await getTrackFeatures(caps, ctx, { nTop: 5, nSimilar: 2 });
        }
      }
    } finally {
      spies.forEach((s) => s.mockRestore());
    }

    // The log was captured: each of the four getBins journeys logged its broken artist's error.
    expect(logged.filter((line) => line.startsWith(UNEXPECTED)).length).toBeGreaterThanOrEqual(listeners.length * 2);

    const entries = await store.entries();
    expect(entries.size).toBeGreaterThan(100);
    const dump = [...entries].map(([key, value]) => `${key} ${JSON.stringify(value)}`).join("\n") + (await store.rest());
    const lists = [...entries.values()].flatMap((v) => idLists(v)).map((ids) => ids.join(","));
    for (const listener of listeners) {
      const profile = sandbox.catalog.listeners.find((l) => l.id === listener)!;
      for (const text of [dump, ...logged]) {
        expect(text).not.toContain(listener); // the Spotify user id
        for (const token of tokens) expect(text).not.toContain(token);
      }
      for (const range of ["short_term", "medium_term", "long_term"] as const) {
        const top = profile.topArtistIds[range].slice(0, 5).join(",");
        const topTracks = profile.topTrackIds[range].join(",");
        expect(lists.some((ids) => ids.includes(top))).toBe(false);
        expect(lists.some((ids) => ids === topTracks || (ids.length >= 5 && topTracks.includes(ids)))).toBe(false);
      }
    }
    // Public data only: each source's answers, and what the pipeline learned of performers nearby (who they are, how they sound).
    for (const key of entries.keys()) expect(key).toMatch(/^(spotify|lastfm|deezer|reccobeats|bandsintown|ticketmaster|performer|sound):/);
    expect([...entries.keys()].some((key) => key.startsWith("sound:"))).toBe(true);
  });
});


describe.each(STORES)("privacy without a Spotify session, the public cache %s", (_where, makeStore) => {
  it("keeps no username, typed list, or feed (its artists together) in the cache or the logs", async () => {
    const store = await makeStore();
    const { cache, wiring } = store;
    const logged: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(format(...args))),
    );
    const usernames = ["lfm-demo-indie", "lb-demo-techno", "nobody-private-name-99"];
    const canary = "Canary Typed By Listener 4711";
    let typedIds: string[] = [];
    let feedIds: string[] = [];
    try {
      const caps = capabilitiesFor(sandbox, { cache, ...wiring }, { ...NEW_APP_SOURCES, lastfm: true });
      sandbox.setKnobs({ spotifyDevelopmentMode: true });
      const token = await appToken(sandbox);
      const ctx = (taste: TasteChoice) => ({ spotifyToken: token, timeRange: "medium_term" as const, taste });
      const whole = amsterdamRequest(sandbox, { taste: "whole", discoveries: true, radiusKm: 50 });
      await getBins(caps, ctx({ source: "lastfm", username: usernames[0]!, period: "6month" }), whole);
      const techno = await getBins(caps, ctx({ source: "listenbrainz", username: usernames[1]!, period: "overall" }), whole);
      await getBins(caps, ctx({ source: "listenbrainz", username: usernames[2]!, period: "overall" }), whole).catch(() => undefined);

      const known = techno.mixes[0]!.artists.slice(0, 3);
      const matches = await matchListedNames(caps, token, [canary, ...known.map((a) => a.name)]);
      typedIds = matches.flatMap((m) => m.artists.slice(0, 1).map((a) => a.id));
      await getBins(caps, ctx({ source: "your-list", artistIds: typedIds }), whole);

      feedIds = techno.mixes[0]!.artists.map((a) => a.id);
      await feedConcerts(caps, token, { artistIds: feedIds, place: whole.place, radiusKm: whole.radiusKm, range: whole.range });
    } finally {
      spies.forEach((s) => s.mockRestore());
    }

    const entries = await store.entries();
    expect(entries.size).toBeGreaterThan(100);
    const keys = [...entries.keys()].join("\n");
    const dump = [...entries].map(([key, value]) => `${key} ${JSON.stringify(value)}`).join("\n") + (await store.rest());
    for (const text of [dump, ...logged]) {
      for (const username of usernames) expect(text).not.toContain(username);
    }
    // A typed name is searched, never cached: a name only the listener typed is in no key or value.
    expect(dump).not.toContain(canary);
    expect(keys.toLowerCase()).not.toContain(canary.toLowerCase());
    // No entry holds the typed list or the feed's artists together, as a key or as a list.
    const lists = [...entries.values()].flatMap((v) => idLists(v)).map((ids) => ids.join(","));
    for (const together of [typedIds, feedIds]) {
      expect(together.length).toBeGreaterThan(1);
      expect(lists.some((ids) => ids.includes(together.join(",")))).toBe(false);
      expect([...entries.keys()].some((key) => together.filter((id) => key.includes(id)).length > 1)).toBe(false);
    }
    for (const key of entries.keys()) expect(key).toMatch(/^(spotify|lastfm|deezer|reccobeats|bandsintown|ticketmaster|performer|sound):/);
  });
});
