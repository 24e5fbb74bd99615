import { describe, expect, it } from "vitest";
import { distanceKm } from "./distance";

const at = (latitude: number, longitude: number) => ({ latitude, longitude });
const amsterdam = at(52.3676, 4.9041);
const utrecht = at(52.0907, 5.1214);
const london = at(51.5074, -0.1278);
const paris = at(48.8566, 2.3522);

describe("distanceKm", () => {
  it("knows Amsterdam–Utrecht ≈ 35 km", () => {
    expect(distanceKm(amsterdam, utrecht)).toBeGreaterThan(33);
    expect(distanceKm(amsterdam, utrecht)).toBeLessThan(36);
  });
  it("knows London–Paris ≈ 344 km", () => {
    expect(Math.abs(distanceKm(london, paris) - 344)).toBeLessThan(2);
  });
  it("is symmetric and 0 for the same point", () => {
    expect(distanceKm(paris, london)).toBeCloseTo(distanceKm(london, paris), 9);
    expect(distanceKm(paris, paris)).toBe(0);
  });
  it("gives half the circumference for antipodes", () => {
    const half = Math.PI * 6371.0088;
    expect(distanceKm(at(0, 0), at(0, 180))).toBeCloseTo(half, 6);
    expect(distanceKm(at(90, 0), at(-90, 0))).toBeCloseTo(half, 6);
    expect(distanceKm(at(52.3676, 4.9041), at(-52.3676, -175.0959))).toBeCloseTo(half, 6);
  });
  it("goes the short way across the antimeridian", () => {
    // Fiji-ish: 179.9°E to 179.9°W on the equator is 0.2° of arc, not 359.8°.
    const d = distanceKm(at(0, 179.9), at(0, -179.9));
    expect(d).toBeCloseTo((0.2 * Math.PI * 6371.0088) / 180, 6);
    expect(d).toBeLessThan(23);
  });
});
