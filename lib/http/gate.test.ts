import { afterEach, describe, expect, it, vi } from "vitest";
import { UpstreamRefusal } from "@/lib/domain/errors";
import { UpstreamGate } from "./gate";

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
