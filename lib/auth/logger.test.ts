import { afterEach, describe, expect, it, vi } from "vitest";
import { authLogger } from "./logger";

afterEach(() => vi.restoreAllMocks());

function errorLines(log: () => void): string[] {
  const lines: string[] = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  log();
  return lines;
}

describe("authLogger", () => {
  it("writes one escaped, shortened line per error, whatever its message holds", () => {
    const error = new Error(`foo\n[gigscovery] sources: FORGED${"A".repeat(6000)}`);
    const lines = errorLines(() => authLogger.error("OAUTH_CALLBACK_HANDLER_ERROR", { error, providerId: "spotify" }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[next-auth\]\[error\]\[OAUTH_CALLBACK_HANDLER_ERROR\] Error: foo\\u000a\[gigscovery\] sources: FORGEDA+… \(\d+ more characters\)$/);
    expect(lines[0]!.length).toBeLessThan(400);
  });

  it("takes the message next-auth gives beside the error, and a plain error", () => {
    expect(errorLines(() => authLogger.error("X", { error: new Error("inner"), message: "outer" }))).toEqual(["[next-auth][error][X] outer"]);
    expect(errorLines(() => authLogger.error("Y", new TypeError("plain")))).toEqual(["[next-auth][error][Y] TypeError: plain"]);
  });
});
