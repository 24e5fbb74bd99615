import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryCache } from "@/lib/cache/memory-cache";
import { RedisCache } from "@/lib/cache/redis-cache";
import { UpstreamRefusal } from "@/lib/domain/errors";
import { UpstreamGate } from "@/lib/http/gate";
import { RefusalMemory } from "@/lib/pipeline/refusal-memory";
import { redisBudgets } from "@/lib/redis/redis-budgets";
import { refreshOnce } from "@/lib/redis/refresh-lock";
import { RedisRefusals } from "@/lib/redis/refusal-store";
import { SharedStore } from "@/lib/redis/shared-store";
import { startRedisServer, type RedisServer } from "../../scripts/redis-server";

// The stores several instances share, against a real redis-server: two SharedStore connections
// stand for two instances. Redis killed and restarted: each answers from its own memory meanwhile.

const SECRET = "a-test-secret-of-some-length";
const VENDOR = { id: "vendor", label: "Vendor" };
let server: RedisServer;
let a: SharedStore;
let b: SharedStore;

const connected = async (store: SharedStore) => {
  await vi.waitFor(() => expect(store.ready).toBe(true), { timeout: 5000, interval: 20 });
  return store;
};

beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  [a, b] = await Promise.all([connected(new SharedStore(server.url)), connected(new SharedStore(server.url))]);
  await a.redis.flushall();
});
afterEach(async () => {
  await Promise.all([a.close(), b.close()]);
  vi.restoreAllMocks();
});

describe("the public cache", () => {
  it("what one instance cached, another finds, with the time it had left; nothing but public keys in Redis", async () => {
    const cacheA = new RedisCache(a, new MemoryCache(100));
    const cacheB = new RedisCache(b, new MemoryCache(100));
    await cacheA.setMany([["spotify:tracks:1", [{ id: "t1" }]], ["reccobeats:features:t2", null]], 60_000);
    expect(await cacheB.getMany(["spotify:tracks:1", "reccobeats:features:t2", "spotify:tracks:2"])).toEqual([[{ id: "t1" }], null, undefined]);
    const ttl = await a.redis.pttl("gigscovery:cache:spotify:tracks:1");
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect((await a.redis.keys("*")).sort()).toEqual(["gigscovery:cache:reccobeats:features:t2", "gigscovery:cache:spotify:tracks:1"]);
  });

  it("answers from memory while Redis is down, logs it once, and is shared again when Redis is back", async () => {
    const warned = vi.mocked(console.warn);
    const cacheA = new RedisCache(a, new MemoryCache(100));
    const cacheB = new RedisCache(b, new MemoryCache(100));
    await server.kill();
    await vi.waitFor(() => expect(a.ready).toBe(false));
    await cacheA.set("deezer:related:1:5", ["x"], 60_000);
    expect(await cacheA.get("deezer:related:1:5")).toEqual(["x"]); // its own memory
    expect(await cacheB.get("deezer:related:1:5")).toBeUndefined(); // nothing shared, no error
    await cacheA.get("anything");
    expect(warned.mock.calls.filter(([line]) => String(line).startsWith("[redis] unreachable"))).toHaveLength(2); // once per instance
    await server.restart();
    await Promise.all([connected(a), connected(b)]);
    await cacheA.set("deezer:related:2:5", ["y"], 60_000);
    expect(await cacheB.get("deezer:related:2:5")).toEqual(["y"]);
  });
});

describe("an upstream's budget", () => {
  it("two instances together start no more than the budget in any rolling window", async () => {
    const limits = { concurrency: 50, rateLimit: 20, windowMs: 500 };
    const gates = [a, b].map((store) => new UpstreamGate(limits, VENDOR, redisBudgets(store, SECRET)));
    const starts: number[] = [];
    const started = Date.now();
    await Promise.all(gates.flatMap((gate) => Array.from({ length: 50 }, () => gate.run(async () => void starts.push(Date.now())))));
    starts.sort((x, y) => x - y);
    const window = limits.windowMs + 50; // the gate's slack
    const most = Math.max(...starts.map((t, i) => starts.filter((u) => u >= t && u < t + window - 50).length + 0 * i));
    expect(most).toBeLessThanOrEqual(limits.rateLimit);
    // 100 starts at 20 per window: at least four windows of waiting, whichever instance asked.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * limits.windowMs);
  });

  it("a start counts until its request has its answer, then for a window: a slow request holds its place", async () => {
    const limits = { concurrency: 10, rateLimit: 2, windowMs: 200 };
    const [gateA, gateB] = [a, b].map((store) => new UpstreamGate(limits, VENDOR, redisBudgets(store, SECRET)));
    const started = Date.now();
    // A's two requests take 400 ms to answer: the upstream may have seen them as late as their answers.
    const slow = Promise.all([0, 1].map(() => gateA!.run(() => sleep(400))));
    await sleep(50);
    let bStarted = 0;
    await gateB!.run(async () => void (bStarted = Date.now() - started));
    await slow;
    // Counted from the answers (400 ms), not the starts (0): B waits a window after them.
    expect(bStarted).toBeGreaterThanOrEqual(400 + limits.windowMs - 20);
  });

  it("a pause after one instance's 429 holds the other, and a used-up quota refuses on both", async () => {
    const limits = { concurrency: 5, rateLimit: 100, windowMs: 1000, dailyLimit: 3 };
    const [gateA, gateB] = [a, b].map((store) => new UpstreamGate(limits, VENDOR, redisBudgets(store, SECRET)));
    gateA!.pauseFor(300);
    await sleep(20);
    const before = Date.now();
    await gateB!.run(async () => undefined);
    expect(Date.now() - before).toBeGreaterThanOrEqual(250);
    // The daily quota is one for both: two calls taken above and here, one left.
    await gateA!.run(async () => undefined);
    await gateB!.run(async () => undefined);
    await expect(gateA!.run(async () => undefined)).rejects.toBeInstanceOf(UpstreamRefusal);
  });

  it("each client's share of a daily quota is one for all instances, and reaches Redis only as a keyed hash", async () => {
    const limiterA = redisBudgets(a, SECRET).limiter({ keyPrefix: "test-share", points: 2, duration: 60 });
    const limiterB = redisBudgets(b, SECRET).limiter({ keyPrefix: "test-share", points: 2, duration: 60 });
    await limiterA.consume("203.0.113.9");
    await limiterB.consume("203.0.113.9");
    await expect(limiterA.consume("203.0.113.9")).rejects.toMatchObject({ remainingPoints: 0 });
    const keys = await a.redis.keys("*");
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^gigscovery:limit:test-share:[\w-]{43}$/);
    expect(keys[0]).not.toContain("203.0.113.9");
  });
});

describe("refusals", () => {
  it("a refusal one instance learned, the other knows", async () => {
    const memoryA = new RefusalMemory(60_000, new RedisRefusals(a));
    const memoryB = new RefusalMemory(60_000, new RedisRefusals(b));
    memoryA.remember("spotify", "similar_artists", { reason: "restricted", explanation: "new apps" });
    await vi.waitFor(async () => expect(await memoryB.refusal("spotify", "similar_artists")).toEqual({ reason: "restricted", explanation: "new apps", resetsAt: undefined }));
    expect(await memoryB.refusal("spotify", "artist_tracks")).toBeUndefined();
  });
});

describe("a listener's token refresh", () => {
  it("is made once when two instances need it at once; the result reaches Redis only sealed, for seconds", async () => {
    let refreshes = 0;
    const fresh = { accessToken: "new-access-token", refreshToken: "new-refresh-token", accessTokenExpires: 1 };
    const refresh = async () => {
      refreshes++;
      await sleep(200);
      return fresh;
    };
    const during = sleep(100).then(async () => {
      const values = await Promise.all((await a.redis.keys("*")).map(async (key) => `${key} ${(await a.redis.getBuffer(key))?.toString("latin1")}`));
      return values.join("\n");
    });
    const answers = await Promise.all([refreshOnce(a, SECRET, "old-refresh-token", refresh), refreshOnce(b, SECRET, "old-refresh-token", refresh)]);
    expect(answers).toEqual([fresh, fresh]);
    expect(refreshes).toBe(1);
    const seen = `${await during}\n${(await a.redis.keys("*")).join("\n")}`;
    for (const secret of ["old-refresh-token", "new-access-token", "new-refresh-token"]) expect(seen).not.toContain(secret);
    const [handoff] = await a.redis.keys("gigscovery:refresh:handoff:*");
    expect(await a.redis.pttl(handoff!)).toBeLessThanOrEqual(10_000);
    // Someone else's refresh token cannot open it.
    let other = 0;
    expect(await refreshOnce(b, SECRET, "another-refresh-token", async () => (other++, null))).toBeNull();
    expect(other).toBe(1);
  });

  it("refreshes on its own while Redis is down", async () => {
    await server.kill();
    await vi.waitFor(() => expect(a.ready).toBe(false));
    expect(await refreshOnce(a, SECRET, "r", async () => "fresh")).toBe("fresh");
    await server.restart();
  });
});
