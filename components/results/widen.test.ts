import { describe, expect, it } from "vitest";
import { defaultSearch } from "@/components/search/search-state";
import { widenings } from "./widen";

const today = new Date(2026, 11, 1);
const s = { ...defaultSearch(today), lat: 1, lon: 2, place: "Somewhere" };

describe("widenings", () => {
  it("offers a wider radius, longer dates and more of the listener's artists, each one click", () => {
    const w = widenings({ ...s, radius: 10, range: "medium_term", artists: 25, discoveries: false }, 7, today);
    expect(w.map((x) => x.label)).toEqual(["Widen to 100 km", "Search the next 90 days", "Use more of my artists"]);
    expect(w[0]!.next.radius).toBe(100);
    expect(w[1]!.next).toMatchObject({ from: "2026-12-01", to: "2027-02-28" });
    expect(w[2]!.next).toMatchObject({ range: "all", artists: null, discoveries: true, radius: 10 });
  });

  it("offers only what would widen: 250 km after 100, nothing past 250 km, 90 days or the whole taste", () => {
    expect(widenings({ ...s, radius: 100 }, 30, today).map((x) => x.label)).toEqual(["Widen to 250 km", "Search the next 90 days"]);
    expect(widenings({ ...s, radius: 250 }, 90, today)).toEqual([]);
  });
});
