import { afterEach, describe, expect, it, vi } from "vitest";
import { DailyQuotaUsedUp, UpstreamGate } from "./gate";

const gate = (dailyLimit?: number) => new UpstreamGate({ concurrency: 4, rateLimit: 1000, windowMs: 1000, dailyLimit });
const call = (g: UpstreamGate) => g.run(async () => "ok");

afterEach(() => vi.useRealTimers());

describe("UpstreamGate daily quota", () => {
  it("admits `dailyLimit` requests per UTC day, refuses the rest at once, and starts afresh the next day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-05-04T23:59:00Z"));
    const g = gate(3);
    expect(await Promise.all([call(g), call(g), call(g)])).toEqual(["ok", "ok", "ok"]);
    const refused = await call(g).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DailyQuotaUsedUp);
    expect((refused as DailyQuotaUsedUp).resetsAt.toISOString()).toBe("2026-05-05T00:00:00.000Z");

    vi.setSystemTime(new Date("2026-05-05T00:00:01Z"));
    expect(await call(g)).toBe("ok");
  });

  it("frees the concurrency slot of a refused request", async () => {
    const g = new UpstreamGate({ concurrency: 1, rateLimit: 1000, windowMs: 1000, dailyLimit: 1 });
    await call(g);
    await expect(call(g)).rejects.toBeInstanceOf(DailyQuotaUsedUp);
    await expect(call(g)).rejects.toBeInstanceOf(DailyQuotaUsedUp); // would hang if the slot leaked
  });

  it("refuses until the next UTC day once the upstream says the quota is gone, even without a limit of its own", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-05-04T10:00:00Z"));
    const g = gate();
    expect(await call(g)).toBe("ok");
    g.useUpDailyQuota();
    await expect(call(g)).rejects.toBeInstanceOf(DailyQuotaUsedUp);
    vi.setSystemTime(new Date("2026-05-05T00:00:00Z"));
    expect(await call(g)).toBe("ok");
  });

  it("counts nothing when no daily limit is set", async () => {
    const g = gate();
    const answers = await Promise.all(Array.from({ length: 50 }, () => call(g)));
    expect(answers).toHaveLength(50);
  });
});
