import { describe, expect, it } from "vitest";
import {
  addDays,
  bandsintownDateParam, daysInRange, isIsoDate, isWithinRange, localDateOf, MAX_RANGE_DAYS,
} from "./date-range";

describe("isIsoDate", () => {
  it("accepts real calendar dates", () => {
    for (const s of ["2026-01-01", "2026-12-31", "2028-02-29", "2000-02-29", "0099-06-15"]) expect(isIsoDate(s)).toBe(true);
  });
  it("rejects impossible dates and loose formats", () => {
    for (const s of [
      "2026-02-30", "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00",
      "2026-1-05", "26-01-05", "2026/01/05", "2026-01-05T00:00:00", " 2026-01-05", "2026-01-05 ", "", "20260105",
    ]) expect(isIsoDate(s), s).toBe(false);
  });
});

describe("daysInRange", () => {
  it("counts inclusively", () => {
    expect(daysInRange({ begin: "2026-05-01", end: "2026-05-01" })).toBe(1);
    expect(daysInRange({ begin: "2026-05-01", end: "2026-05-31" })).toBe(31);
    expect(daysInRange({ begin: "2028-01-01", end: "2028-12-31" })).toBe(366);
    expect(daysInRange({ begin: "2026-01-01", end: "2026-12-31" })).toBe(365);
  });
  it("is not fooled by DST changes", () => {
    expect(daysInRange({ begin: "2026-03-28", end: "2026-03-30" })).toBe(3); // EU spring forward
    expect(daysInRange({ begin: "2026-10-24", end: "2026-10-26" })).toBe(3); // EU fall back
  });
  it("is 0 for a reversed range and throws on bad dates", () => {
    expect(daysInRange({ begin: "2026-05-02", end: "2026-05-01" })).toBe(0);
    expect(() => daysInRange({ begin: "2026-02-30", end: "2026-03-01" })).toThrow(RangeError);
  });
  it("allows up to a leap year (MAX_RANGE_DAYS)", () => {
    expect(MAX_RANGE_DAYS).toBe(366);
  });
});

describe("bandsintownDateParam", () => {
  it("joins begin and end with a comma", () => {
    expect(bandsintownDateParam({ begin: "2026-11-01", end: "2026-11-30" })).toBe("2026-11-01,2026-11-30");
  });
  it("throws on invalid dates", () => {
    expect(() => bandsintownDateParam({ begin: "2026-11-01", end: "tomorrow" })).toThrow(RangeError);
  });
});

describe("localDateOf", () => {
  it("takes the literal date as written, whatever the offset", () => {
    expect(localDateOf("2026-11-23T19:00:00")).toBe("2026-11-23");
    expect(localDateOf("2026-11-23T23:30:00Z")).toBe("2026-11-23");
    expect(localDateOf("2026-11-23T23:30:00-08:00")).toBe("2026-11-23");
    expect(localDateOf("2026-11-23T00:15:00+14:00")).toBe("2026-11-23");
    expect(localDateOf("2026-11-23T19:00:00.000")).toBe("2026-11-23");
    expect(localDateOf("2026-11-23")).toBe("2026-11-23");
  });
  it("throws on non-dates", () => {
    for (const s of ["", "soon", "2026-02-30T19:00:00", "2026-11-23x", "23-11-2026T19:00"]) {
      expect(() => localDateOf(s), s).toThrow(RangeError);
    }
  });
});

describe("isWithinRange", () => {
  const nov = { begin: "2026-11-01", end: "2026-11-30" };
  it("includes both ends, by venue-local date", () => {
    expect(isWithinRange("2026-11-01T00:00:00", nov)).toBe(true);
    expect(isWithinRange("2026-11-30T23:59:59", nov)).toBe(true);
    expect(isWithinRange("2026-11-30T23:59:59-10:00", nov)).toBe(true);
    expect(isWithinRange("2026-12-01T00:00:00+14:00", nov)).toBe(false);
    expect(isWithinRange("2026-10-31T23:59:59", nov)).toBe(false);
  });
  it("works for a single-day range", () => {
    expect(isWithinRange("2026-11-23T19:00:00", { begin: "2026-11-23", end: "2026-11-23" })).toBe(true);
  });
});

describe("addDays", () => {
  it("moves across months, leap days and years", () => {
    expect(addDays("2026-11-23", 7)).toBe("2026-11-30");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("calendar arithmetic", () => {
  it("agrees with the platform's calendar on every day from 1599 to 2401", () => {
    const DAY = 86_400_000;
    const first = Date.UTC(1599, 0, 1) / DAY;
    const last = Date.UTC(2401, 11, 31) / DAY;
    let checked = 0;
    for (let day = first; day < last; day++) {
      const date = new Date(day * DAY).toISOString().slice(0, 10);
      const next = new Date((day + 1) * DAY).toISOString().slice(0, 10);
      if (!isIsoDate(date) || addDays(date, 1) !== next || daysInRange({ begin: date, end: next }) !== 2) {
        throw new Error(`calendar disagrees at ${date}`);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(290_000);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-04-31")).toBe(false);
  });
});
