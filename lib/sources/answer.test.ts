import { z } from "zod";
import { describe, expect, it } from "vitest";
import { UpstreamFailure } from "@/lib/domain/errors";
import { eachValid, expectAnswer } from "./answer";

const DEEZER = { id: "deezer", label: "Deezer" };
const TICKETMASTER = { id: "ticketmaster", label: "Ticketmaster" };
const list = z.object({ items: z.array(z.unknown()) });
const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as UpstreamFailure;
  }
  throw new Error("expected a failure");
};

describe("expectAnswer", () => {
  it("returns a 2xx body that fits, and says what was wrong otherwise", () => {
    expect(expectAnswer(DEEZER, { status: 200, body: { items: [1] } }, list)).toEqual({ items: [1] });
    const malformed = failure(() => expectAnswer(DEEZER, { status: 200, body: { data: [] } }, list));
    expect([malformed.kind, malformed.message]).toEqual(["malformed", "Deezer answered 200 with an unexpected body"]);
    const refused = failure(() => expectAnswer(TICKETMASTER, { status: 400, body: {} }, list, "DIS1035 page too deep"));
    expect([refused.kind, refused.status, refused.message]).toEqual(["server_error", 400, "Ticketmaster answered 400: DIS1035 page too deep"]);
  });
});

describe("eachValid", () => {
  it("keeps the items that fit and reshape, skipping the rest", () => {
    const item = z.object({ n: z.number() });
    expect(eachValid([{ n: 1 }, { n: "x" }, null, { n: -2 }, { n: 3 }], item, ({ n }) => (n > 0 ? n * 10 : null))).toEqual([10, 30]);
  });
});
