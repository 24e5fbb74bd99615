import { describe, expect, it } from "vitest";
import { logValue } from "./log-value";

describe("logValue", () => {
  it("writes line breaks, escapes and other unprintable characters as \\u escapes, so a value never starts a line", () => {
    expect(logValue("foo\r\n[gigscovery] sources: FORGED")).toBe("foo\\u000d\\u000a[gigscovery] sources: FORGED");
    expect(logValue("\u0000\u001b[2J\u007f\u0085\u2028\u202e")).toBe("\\u0000\\u001b[2J\\u007f\\u0085\\u2028\\u202e");
    expect(logValue("private \u{F0001} lone \ud800")).toBe("private \\u{f0001} lone \\ud800");
  });

  it("keeps printable text as it is, in any script", () => {
    expect(logValue("Sigur Rós — 坂本龍一 😀 \"quoted\" \\")).toBe("Sigur Rós — 坂本龍一 😀 \"quoted\" \\");
  });

  it("keeps at most max characters and says how many more there were", () => {
    expect(logValue("A".repeat(6000))).toBe(`${"A".repeat(300)}… (5700 more characters)`);
    expect(logValue("😀".repeat(5), 2)).toBe("😀😀… (3 more characters)");
    expect(logValue("short", 5)).toBe("short");
  });

  it("describes errors and other values in one line", () => {
    expect(logValue(new TypeError("bad\nthing"))).toBe("TypeError: bad\\u000athing");
    expect(logValue({ a: "x\ny" })).toBe('{"a":"x\\ny"}');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(logValue(circular)).toBe("[object Object]");
    expect(logValue(undefined)).toBe("undefined");
  });
});
