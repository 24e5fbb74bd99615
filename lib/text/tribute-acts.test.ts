import { describe, expect, it } from "vitest";
import { isTributeAct } from "./tribute-acts";

describe("isTributeAct", () => {
  it.each(["A Tribute to Queen", "Queen Tribute Band", "The Music of ABBA", "The Cure Experience", "One Night of Queen", "A Salute to Bowie", "Celebrating Prince", "Dancing Queen - The ABBA Tribute"])(
    "%s is a tribute act",
    (name) => expect(isTributeAct(name)).toBe(true),
  );
  it.each(["Queen", "Experience Unlimited", "Tributary", "The Musical Box Collective", "Music of the Spheres Trio"])("%s is not", (name) =>
    expect(isTributeAct(name)).toBe(false),
  );
});
