import { describe, expect, it } from "vitest";
import type { GetBinsResponse, MixConcertOut } from "@/lib/validations/responses";
import { concertKey, concertsOf, countsByMix, foundSoFar, inMix } from "./concerts";

const show = (id: string, date: string, km = 1): MixConcertOut => ({
  concert_id: id,
  source: "ticketmaster",
  date,
  title: null,
  description: "",
  url: "",
  offers: [],
  lineup: [],
  venue: { name: "V", city: "C", region: "", country: "X", latitude: 0, longitude: 0 },
  distance_km: km,
  artists: [],
});
const bin = (id: number, shows: MixConcertOut[]) => ({
  id,
  bin_reason: [],
  concerts: [],
  mix_name: `Mix ${id}`,
  mix_basis: "sound" as const,
  mix_reason: "",
  sound_profile: null,
  mix_concerts: shows,
});
const answer = (bins: ReturnType<typeof bin>[], concerts?: GetBinsResponse["concerts"]): GetBinsResponse => ({
  user_bins: bins,
  warnings: [],
  sources: {},
  demo_data: true,
  ...(concerts ? { concerts } : {}),
});

describe("the results as one list", () => {
  it("takes the answer's flat list, by date (then distance)", () => {
    const a = answer([], [
      { ...show("b", "2026-12-03T20:00:00"), bin_id: 1 },
      { ...show("c", "2026-12-01T21:00:00", 5), bin_id: 0 },
      { ...show("a", "2026-12-01T21:00:00", 2), bin_id: 1 },
    ]);
    expect(concertsOf(a).map((c) => c.concert_id)).toEqual(["a", "c", "b"]);
  });

  it("without a flat list (the original requests), merges the bins' shows, each once, in the first bin that has it", () => {
    const a = answer([bin(0, [show("x", "2026-12-05T20:00:00"), show("y", "2026-12-01T20:00:00")]), bin(1, [show("x", "2026-12-05T20:00:00"), show("z", "2026-12-02T20:00:00")])]);
    expect(concertsOf(a).map((c) => [c.concert_id, c.bin_id])).toEqual([["y", 0], ["z", 1], ["x", 0]]);
  });

  it("filters by mix and counts each mix's shows; all of them without a mix", () => {
    const list = concertsOf(answer([], [
      { ...show("a", "2026-12-01T20:00:00"), bin_id: 0 },
      { ...show("b", "2026-12-02T20:00:00"), bin_id: 1 },
      { ...show("c", "2026-12-03T20:00:00"), bin_id: 0 },
    ]));
    expect(inMix(list, 0).map((c) => c.concert_id)).toEqual(["a", "c"]);
    expect(inMix(list, 1).map((c) => c.concert_id)).toEqual(["b"]);
    expect(inMix(list, 2)).toEqual([]);
    expect(inMix(list, null)).toHaveLength(3);
    expect([...countsByMix(list)]).toEqual([[0, 2], [1, 1]]);
  });

  it("lists shows found so far by date, in no mix yet", () => {
    const list = foundSoFar([show("late", "2026-12-09T20:00:00"), show("early", "2026-12-01T20:00:00")]);
    expect(list.map((c) => [c.concert_id, c.bin_id])).toEqual([["early", null], ["late", null]]);
    expect(countsByMix(list).size).toBe(0);
  });

  it("makes a safe element id of the source and id", () => {
    expect(concertKey({ source: "bandsintown", concert_id: "10:4/x" })).toBe("concert-bandsintown-10_4_x");
  });
});
