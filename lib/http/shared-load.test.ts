import { describe, expect, it } from "vitest";
import { MemoryCache } from "@/lib/cache/memory-cache";
import { SharedLoader } from "./shared-load";

describe("SharedLoader", () => {
  it("joins identical loads in flight and serves the cache afterwards", async () => {
    const shared = new SharedLoader(new MemoryCache(100));
    let calls = 0;
    const load = () => shared.load("k", 60_000, async () => (++calls, "v"));
    expect(await Promise.all([load(), load(), load()])).toEqual(["v", "v", "v"]);
    expect(await load()).toBe("v");
    expect(calls).toBe(1);
  });

  it("does not cache failures", async () => {
    const shared = new SharedLoader(new MemoryCache(100));
    await expect(shared.load("k", 60_000, async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await shared.load("k", 60_000, async () => "ok")).toBe("ok");
  });

  it("batches many ids, reuses cached and in-flight ones, and keeps partial answers when a batch fails", async () => {
    const shared = new SharedLoader(new MemoryCache(1000));
    const batches: string[][] = [];
    const fetchBatch = async (ids: string[]) => {
      batches.push(ids);
      if (ids.includes("bad")) throw new Error("batch failed");
      return new Map(ids.map((id) => [id, id.toUpperCase()]));
    };
    const ids = Array.from({ length: 250 }, (_, i) => `t${i}`);
    const [a, b] = await Promise.all([
      shared.loadMany(ids, (id) => `f:${id}`, 60_000, 100, fetchBatch),
      shared.loadMany(ids.slice(0, 50), (id) => `f:${id}`, 60_000, 100, fetchBatch),
    ]);
    expect(batches.map((x) => x.length)).toEqual([100, 100, 50]);
    expect(a.values.get("t249")).toBe("T249");
    expect(b.values.size).toBe(50);

    const c = await shared.loadMany(["t1", "bad", "new"], (id) => `f:${id}`, 60_000, 100, fetchBatch);
    expect(batches.at(-1)).toEqual(["bad", "new"]);
    expect(c.values.get("t1")).toBe("T1");
    expect(c.values.has("new")).toBe(false);
    expect(c.errors).toHaveLength(1);
  });

  it("a load joining a failed batch reports its error once, and the ids are fetched again afterwards", async () => {
    const shared = new SharedLoader(new MemoryCache(100));
    let calls = 0;
    const failing = async (ids: string[]) => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      if (calls === 1) throw new Error("down");
      return new Map(ids.map((id) => [id, id]));
    };
    const ids = ["a", "b", "c"];
    const [first, joined] = await Promise.all([
      shared.loadMany(ids, (id) => `f:${id}`, 60_000, 100, failing),
      shared.loadMany(ids, (id) => `f:${id}`, 60_000, 100, failing),
    ]);
    expect(calls).toBe(1);
    expect([first.errors.length, joined.errors.length]).toEqual([1, 1]);
    expect(joined.values.size).toBe(0);
    const again = await shared.loadMany(ids, (id) => `f:${id}`, 60_000, 100, failing);
    expect(calls).toBe(2);
    expect([...again.values.keys()]).toEqual(ids);
  });

  it("expires entries after their TTL", async () => {
    const shared = new SharedLoader(new MemoryCache(100));
    let calls = 0;
    await shared.load("k", 1, async () => ++calls);
    await new Promise((r) => setTimeout(r, 5));
    await shared.load("k", 1, async () => ++calls);
    expect(calls).toBe(2);
  });
});
