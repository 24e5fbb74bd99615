import { describe, expect, it } from "vitest";
import { defaultSearch } from "@/components/search/search-state";
import { staleChanges } from "./stale";

const shown = { ...defaultSearch(new Date(2026, 11, 1)), lat: 52.37, lon: 4.89, place: "Amsterdam" };

describe("staleChanges", () => {
  it("is empty while the form says what the results are for (the place's name and taste settings aside)", () => {
    expect(staleChanges({ ...shown }, shown)).toEqual([]);
    expect(staleChanges({ ...shown, place: "Amsterdam, Netherlands", top: 9, discoveries: false }, shown)).toEqual([]);
    expect(staleChanges({ ...shown, lat: 52.37000001 }, shown)).toEqual([]);
  });

  it("names each of place, distance and dates that changed", () => {
    expect(staleChanges({ ...shown, lat: 52.5, lon: 13.4 }, shown)).toEqual(["place"]);
    expect(staleChanges({ ...shown, radius: 100 }, shown)).toEqual(["distance"]);
    expect(staleChanges({ ...shown, to: "2027-01-31" }, shown)).toEqual(["dates"]);
    expect(staleChanges({ ...shown, lat: null, lon: null, radius: 10, from: "2026-12-24" }, shown)).toEqual(["place", "distance", "dates"]);
  });
});
