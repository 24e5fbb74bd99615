import { describe, expect, it } from "vitest";
import { apiQuery, defaultSearch, parseSearch, toSearchParams, validateSearch } from "./search-state";
import { matchingPreset, presetRange } from "./date-presets";

const today = new Date(2026, 10, 23); // Monday 23 November 2026, local time

describe("the search in the URL", () => {
  it("round-trips through the address bar", () => {
    const s = { ...defaultSearch(today), lat: 52.3676, lon: 4.9041, place: "Amsterdam, Netherlands", radius: 50 as const, top: 10, related: 3, range: "long_term" as const };
    const back = parseSearch(toSearchParams(s), today);
    expect(back).toEqual({ ...s, lat: 52.3676, lon: 4.9041 });
  });

  it("carries nothing personal: only where, when and how wide", () => {
    const keys = [...toSearchParams({ ...defaultSearch(today), lat: 1, lon: 2, place: "X" }).keys()];
    expect(keys.sort()).toEqual(["from", "lat", "lon", "place", "radius", "range", "related", "to", "top"]);
    const narrowed = toSearchParams({ ...defaultSearch(today), lat: 1, lon: 2, artists: 25, discoveries: false });
    expect(Object.fromEntries(narrowed)).toMatchObject({ artists: "25", new: "0" });
    expect(parseSearch(narrowed, today)).toMatchObject({ artists: 25, discoveries: false });
  });

  it("falls back to defaults for anything unreadable", () => {
    const s = parseSearch(new URLSearchParams("lat=95&lon=4&radius=33&from=2026-02-30&top=2.5&range=forever&place=Nowhere"), today);
    expect(s).toEqual(defaultSearch(today));
  });

  it("names what stops a search", () => {
    const problems = validateSearch({ ...defaultSearch(today), from: "2026-12-10", to: "2026-12-01", top: 0, related: 21 }, today);
    expect(problems.map((p) => p.field)).toEqual(["place", "dates", "top", "related"]);
    const tooLong = validateSearch({ ...defaultSearch(today), lat: 1, lon: 1, from: "2026-01-01", to: "2027-01-02" }, today);
    expect(tooLong).toEqual([{ field: "dates", message: "Pick at most 366 days." }]);
    const past = validateSearch({ ...defaultSearch(today), lat: 1, lon: 1, from: "2025-01-01", to: "2025-01-31" }, today);
    expect(past).toEqual([{ field: "dates", message: "These dates are in the past: pick dates from today on." }]);
    // A range that has begun still counts: its remaining days are searched.
    expect(validateSearch({ ...defaultSearch(today), lat: 1, lon: 1, from: "2026-11-01", to: "2026-11-30" }, today)).toEqual([]);
  });

  it("builds the get_bins query with the API's parameter names: the whole taste and discoveries by default", () => {
    const q = new URLSearchParams(apiQuery({ ...defaultSearch(today), lat: 52.37, lon: 4.9 }));
    expect(Object.fromEntries(q)).toEqual({ latitude: "52.37", longitude: "4.9", date_begin: "2026-11-23", date_end: "2026-12-22", radius: "25", top_artists: "5", related_artists: "5", taste: "whole", discoveries: "true" });
    const oneRange = new URLSearchParams(apiQuery({ ...defaultSearch(today), lat: 52.37, lon: 4.9, range: "short_term", discoveries: false }));
    expect(Object.fromEntries(oneRange)).toMatchObject({ time_range: "short_term", discoveries: "false" });
    expect(oneRange.has("taste")).toBe(false);
    expect(new URLSearchParams(apiQuery({ ...defaultSearch(today), lat: 1, lon: 1, artists: 50 })).get("my_artists")).toBe("50");
  });
});

describe("date presets", () => {
  it("next N days start today, inclusive", () => {
    expect(presetRange("7", today)).toEqual({ begin: "2026-11-23", end: "2026-11-29" });
    expect(presetRange("90", today)).toEqual({ begin: "2026-11-23", end: "2027-02-20" });
  });

  it("this weekend is the coming Saturday and Sunday, or what is left of it", () => {
    expect(presetRange("weekend", today)).toEqual({ begin: "2026-11-28", end: "2026-11-29" });
    expect(presetRange("weekend", new Date(2026, 10, 28))).toEqual({ begin: "2026-11-28", end: "2026-11-29" });
    expect(presetRange("weekend", new Date(2026, 10, 29))).toEqual({ begin: "2026-11-29", end: "2026-11-29" });
  });

  it("recognises a range that is a preset today", () => {
    expect(matchingPreset({ begin: "2026-11-23", end: "2026-12-22" }, today)).toBe("30");
    expect(matchingPreset({ begin: "2026-11-24", end: "2026-12-22" }, today)).toBeNull();
  });
});
