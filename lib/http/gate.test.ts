import { afterEach, describe, expect, it, vi } from "vitest";
import { UpstreamFailure, UpstreamRefusal } from "@/lib/domain/errors";
import { callingFor } from "./call-context";
import { DAILY_SHARE, UpstreamGate } from "./gate";

const HOUR = 3_600_000;
const VENDOR = { id: "vendor", label: "Vendor" };
const gate = (dailyLimit?: number) => new UpstreamGate({ concurrency: 4, rateLimit: 1000, windowMs: 1000, dailyLimit }, VENDOR);
const call = (g: UpstreamGate) => g.run(async () => "ok");
const at = (iso: string) => vi.setSystemTime(new Date(iso));

afterEach(() => vi.useRealTimers());

describe("UpstreamGate daily quota", () => {
  it("admits `dailyLimit` requests in any 24 hours, refuses the rest at once, and admits again as the oldest age out", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2026-05-04T18:00:00Z");
    const g = gate(3);
    await call(g);
    at("2026-05-04T23:00:00Z");
    expect(await Promise.all([call(g), call(g)])).toEqual(["ok", "ok"]);
    at("2026-05-05T01:00:00Z"); // a new UTC day, but not 24 hours since the first request
    const refused = await call(g).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UpstreamRefusal);
    expect((refused as UpstreamRefusal).resetsAt?.toISOString()).toBe("2026-05-05T18:00:00.000Z");

    at("2026-05-05T18:00:00Z");
    expect(await call(g)).toBe("ok");
    await expect(call(g)).rejects.toBeInstanceOf(UpstreamRefusal);
  });

  it("frees the concurrency slot of a refused request", async () => {
    const g = new UpstreamGate({ concurrency: 1, rateLimit: 1000, windowMs: 1000, dailyLimit: 1 }, VENDOR);
    await call(g);
    await expect(call(g)).rejects.toBeInstanceOf(UpstreamRefusal);
    await expect(call(g)).rejects.toBeInstanceOf(UpstreamRefusal); // would hang if the slot leaked
  });

  it("refuses everything for the given time once the upstream says the quota is gone, even without a limit of its own", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2026-05-04T10:00:00Z");
    const g = gate();
    expect(await call(g)).toBe("ok");
    g.quotaUsedUpFor(HOUR);
    const refused = await call(g).catch((e: unknown) => e);
    expect((refused as UpstreamRefusal).resetsAt?.toISOString()).toBe("2026-05-04T11:00:00.000Z");
    at("2026-05-04T11:00:00Z");
    expect(await call(g)).toBe("ok");
  });

  it("counts nothing when no daily limit is set", async () => {
    const g = gate();
    const answers = await Promise.all(Array.from({ length: 50 }, () => call(g)));
    expect(answers).toEqual(Array(50).fill("ok"));
  });
});

describe("UpstreamGate fairness and cancellation", () => {
  const slowGate = () => new UpstreamGate({ concurrency: 1, rateLimit: 1000, windowMs: 1000 }, VENDOR);
  const as = <T>(client: string, work: () => Promise<T>, signal = new AbortController().signal) => callingFor({ client, signal }, work);

  it("admits waiting calls client by client, so one client's backlog does not starve another", async () => {
    const g = slowGate();
    const order: string[] = [];
    const step = (who: string) => as(who, () => g.run(async () => void order.push(who)));
    const flood = Array.from({ length: 20 }, () => step("flood"));
    const listener = step("listener");
    await Promise.all([...flood, listener]);
    // The flood's first call had the slot; the listener's call comes right after the next one, not after all 20.
    expect(order.indexOf("listener")).toBeLessThanOrEqual(2);
  });

  it("never sends a waiting call whose request has ended, and frees its place", async () => {
    const g = slowGate();
    const ran: string[] = [];
    let release!: () => void;
    const blocker = as("a", () => g.run(() => new Promise<void>((r) => (release = r))));
    const gone = new AbortController();
    const abandoned = Promise.allSettled(Array.from({ length: 5 }, (_, i) => as("b", () => g.run(async () => void ran.push(`b${i}`)), gone.signal)));
    const kept = as("c", () => g.run(async () => void ran.push("c")));
    await vi.waitFor(() => expect(release).toBeTypeOf("function"));
    gone.abort();
    release();
    await blocker;
    const outcomes = await abandoned;
    await kept;
    expect(ran).toEqual(["c"]);
    expect(outcomes.every((o) => o.status === "rejected" && (o.reason as UpstreamFailure).kind === "cancelled")).toBe(true);
  });

  it("gives each client a share of a daily quota: past it that client waits, the others go on", async () => {
    const g = new UpstreamGate({ concurrency: 4, rateLimit: 1000, windowMs: 1000, dailyLimit: 100 }, VENDOR);
    const share = 100 * DAILY_SHARE;
    for (let i = 0; i < share; i++) await as("greedy", () => call(g));
    const over = await as("greedy", () => call(g)).catch((e: unknown) => e);
    expect(over).toBeInstanceOf(UpstreamFailure);
    expect((over as UpstreamFailure).kind).toBe("rate_limited");
    expect((over as UpstreamFailure).retryAfterSeconds).toBeGreaterThan(3600);
    expect(await as("modest", () => call(g))).toBe("ok");
  });
});
