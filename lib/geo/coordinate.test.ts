import { describe, expect, it } from "vitest";
import { parseCoordinate } from "./coordinate";

describe("parseCoordinate", () => {
  it("reads numbers and numeric strings, and refuses what is not a coordinate", () => {
    expect(parseCoordinate(52.37)).toBe(52.37);
    expect(parseCoordinate("-4.9")).toBe(-4.9);
    expect(parseCoordinate("0")).toBe(0);
    // An empty value is missing, not the equator.
    expect(parseCoordinate("")).toBeNull();
    expect(parseCoordinate(undefined)).toBeNull();
    expect(parseCoordinate("north")).toBeNull();
  });
});
