import { describe, expect, it } from "vitest";
import { rawEvent } from "./raw-types";
import { reshapeEvent } from "./reshape";

const event = (offers: { type: string; url: string; status: string }[]) =>
  rawEvent.parse({
    id: "1001",
    artist_id: "77",
    url: "https://www.bandsintown.com/e/1001",
    datetime: "2026-11-23T19:30:00",
    venue: { name: "Paradiso", city: "Amsterdam", country: "Netherlands", latitude: "52.362", longitude: "4.884" },
    offers,
    lineup: ["Teenage Rats", "Snots"],
  });
const offer = (status: string) => ({ type: "Tickets", url: "https://www.bandsintown.com/t/1001", status });

describe("Bandsintown event → Concert", () => {
  it("is sold out only when it has offers and every one is sold out", () => {
    expect(reshapeEvent(event([offer("sold out")]))?.status).toBe("sold_out");
    expect(reshapeEvent(event([offer("Sold Out"), offer("sold out")]))?.status).toBe("sold_out");
    expect(reshapeEvent(event([offer("sold out"), offer("available")]))).not.toHaveProperty("status");
    expect(reshapeEvent(event([]))).not.toHaveProperty("status");
  });

  it("keeps the lineup in the source's order (headliner first)", () => {
    expect(reshapeEvent(event([]))?.lineup).toEqual(["Teenage Rats", "Snots"]);
  });
});
