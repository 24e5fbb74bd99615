import { describe, expect, it } from "vitest";
import { measureReach, summarize } from "../../scripts/reach/measure-reach";
import { useSandbox } from "../helpers/sandbox";

// What a fan sees on the demo (issue 14's goal), counted on a fixed seed and day: each demo listener
// in each big demo city, 50 km, the next 60 days, with what the page sends by default, each search on
// a cold server. Counts, never times.

// Deezer's quota off: it only makes the searches wait.
const sandbox = useSandbox({ knobs: { spotifyDevelopmentMode: true, bandsintownEnabled: false, deezerQuota: 0 } });

describe("the demo, as a fan sees it", () => {
  it("finds plenty of concerts in several mixes, every one of the listener's own, and discoveries that fit", async () => {
    const rows = await measureReach(sandbox);
    const s = summarize(rows);
    expect(s.searches).toBe(56);
    expect(s.medianConcerts).toBeGreaterThanOrEqual(10);
    expect(s.medianMixes).toBeGreaterThanOrEqual(3);
    expect(s.empty).toBeLessThanOrEqual(1);
    // Every concert of the listener's own artists in range and radius is found.
    expect(s.ownFound).toBeGreaterThan(0);
    expect(s.ownMissed).toBe(0);
    // Discoveries belong to a genre at least a quarter of their mix's own artists belong to.
    expect(s.discoveriesPlaced).toBeGreaterThan(0);
    expect(s.genreFit).toBeGreaterThanOrEqual(0.8);
    // Tribute acts, non-music and cancelled listings never appear.
    expect(s.tributeOrCancelled).toBe(0);
  }, 180_000);
});
