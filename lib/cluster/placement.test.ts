import { describe, expect, it } from "vitest";
import { mixReaches, placeSound } from "./placement";

// Two tight mixes far apart, and a one-artist mix.
const mixes = [
  { members: [[0, 0], [0.2, 0], [0, 0.2], [0.2, 0.2]] },
  { members: [[5, 5], [5.2, 5], [5, 5.2], [5.2, 5.2]] },
  { members: [[10, 0]] },
];

describe("placing a newcomer by its sound", () => {
  it("joins the mix whose artists it sounds most like, naming the two nearest", () => {
    const reach = mixReaches(mixes);
    const placed = placeSound(mixes, reach, [0.25, 0.25]);
    expect(placed?.mix).toBe(0);
    expect(placed?.nearest).toEqual([3, 1]);
  });

  it("joins none when it is farther from every mix than the mix's own artists are from one another", () => {
    expect(placeSound(mixes, mixReaches(mixes), [2.5, 2.5])).toBeNull();
  });

  it("lends a one-artist mix the typical reach of the others", () => {
    const reach = mixReaches(mixes);
    expect(reach[2]).toBeCloseTo(reach[0]!, 5);
    expect(placeSound(mixes, reach, [10.1, 0])?.mix).toBe(2);
  });

  it("only considers the mixes it is allowed in", () => {
    const reach = mixReaches(mixes);
    expect(placeSound(mixes, reach, [0.1, 0.1], (mix) => mix !== 0)).toBeNull();
  });
});
