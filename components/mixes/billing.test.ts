import { describe, expect, it } from "vitest";
import { billing } from "./billing";

const show = (ours: string[], lineup: string[], title: string | null = null) => ({
  artists: ours.map((name) => ({ name, spotify_id: name, band_flag: "top" as const, photo: null })),
  lineup,
  title,
});

describe("billing: headliner and support from the lineup's order", () => {
  it("a support act the listener knows is shown supporting the headliner", () => {
    expect(billing(show(["Snots"], ["Teenage Rats", "Snots"]))).toEqual({ headline: "Snots", line: "supporting Teenage Rats" });
  });

  it("a headliner the listener knows is shown with its support acts, the rest counted", () => {
    expect(billing(show(["Teenage Rats"], ["Teenage Rats", "Snots"]))).toEqual({ headline: "Teenage Rats", line: "with Snots" });
    expect(billing(show(["A"], ["A", "B", "C", "D", "E", "F"])).line).toBe("with B, C, D and 2 more");
    expect(billing(show(["A"], ["A", "B", "C"])).line).toBe("with B and C");
  });

  it("matches names as spelled by another source (case, accents, a leading The)", () => {
    expect(billing(show(["Beyoncé"], ["BEYONCE", "The Openers"]))).toEqual({ headline: "Beyoncé", line: "with The Openers" });
    expect(billing(show(["Openers"], ["Beyonce", "The Openers"])).line).toBe("supporting Beyonce");
  });

  it("names two of the listener's artists together, and no one twice", () => {
    expect(billing(show(["B", "C"], ["A", "B", "C"]))).toEqual({ headline: "B + C", line: "supporting A" });
    expect(billing(show(["A", "C"], ["A", "B", "C"]))).toEqual({ headline: "A + C", line: "with B" });
  });

  it("at a festival's long bill, says which festival, and counts past three of the listener's artists", () => {
    const bill = ["Head", "A", "B", "C", "D", "E", "F"];
    expect(billing(show(["A", "B", "C", "D", "E"], bill, "Polderlicht Festival"))).toEqual({ headline: "A + B + C + 2 more", line: "at Polderlicht Festival" });
    expect(billing(show(["A"], bill, null))).toEqual({ headline: "A", line: "supporting Head" });
  });

  it("alone on the bill, or without a lineup, there is no second line", () => {
    expect(billing(show(["Solo"], ["Solo"]))).toEqual({ headline: "Solo", line: null });
    expect(billing(show(["Solo"], []))).toEqual({ headline: "Solo", line: null });
    expect(billing(show([], [], "Jazz Night"))).toEqual({ headline: "Jazz Night", line: null });
    expect(billing(show([], ["Head", "Support"]))).toEqual({ headline: "Head", line: "with Support" });
  });

  it("an artist missing from the lineup (a listing that names only its headliner) is not called a support act", () => {
    expect(billing(show(["Known"], ["Someone Else"]))).toEqual({ headline: "Known", line: "with Someone Else" });
  });
});
