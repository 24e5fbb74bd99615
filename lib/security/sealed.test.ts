import { afterEach, describe, expect, it, vi } from "vitest";
import { seal, unseal } from "./sealed";

const SECRET = "unit-test-secret-0123456789abcdef";
afterEach(() => vi.useRealTimers());

describe("sealed values", () => {
  it("open with the same secret and purpose only, revealing nothing of their content", async () => {
    const value = await seal({ artists: ["4Z8W4fKeB5YxbusRsdQVPb"], username: "someone" }, SECRET, "calendar-feed", 3600);
    expect(value).not.toContain("someone");
    expect(Buffer.from(value.split(".").join(""), "base64url").toString("latin1")).not.toContain("someone");
    expect(await unseal(value, SECRET, "calendar-feed")).toMatchObject({ payload: { artists: ["4Z8W4fKeB5YxbusRsdQVPb"], username: "someone" } });
    expect(await unseal(value, SECRET, "taste-cookie")).toEqual({ problem: "invalid" });
    expect(await unseal(value, "another-secret-0123456789abcdef", "calendar-feed")).toEqual({ problem: "invalid" });
  });

  it("refuses an altered value and an expired one, telling them apart", async () => {
    const value = await seal({ a: 1 }, SECRET, "calendar-feed", 60);
    const parts = value.split(".");
    const flipped = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    expect(await unseal([...parts.slice(0, 3), flipped, parts[4]].join("."), SECRET, "calendar-feed")).toEqual({ problem: "invalid" });
    expect(await unseal("not-a-feed", SECRET, "calendar-feed")).toEqual({ problem: "invalid" });
    vi.useFakeTimers({ now: Date.now() + 120_000 });
    expect(await unseal(value, SECRET, "calendar-feed")).toEqual({ problem: "expired" });
  });
});
