import { describe, expect, it } from "vitest";
import { concertPath } from "./concert-path";

const top = (name: string) => ({ name, spotify_id: "x", band_flag: "top" as const, photo: null });

describe("concertPath", () => {
  it("is the source and its id", () => {
    expect(concertPath({ source: "ticketmaster", concert_id: "G5diZfkn0B-bh", artists: [top("A")], lineup: ["A"] })).toBe("/concerts/ticketmaster/G5diZfkn0B-bh");
  });

  it("names the artist for Bandsintown, whose events are listed by artist", () => {
    expect(concertPath({ source: "bandsintown", concert_id: "1001", artists: [top("AC/DC & Co")], lineup: ["Other", "AC/DC & Co"] })).toBe(
      "/concerts/bandsintown/1001?artist=AC%2FDC+%26+Co",
    );
    expect(concertPath({ source: "bandsintown", concert_id: "1001", artists: [], lineup: ["Head"] })).toBe("/concerts/bandsintown/1001?artist=Head");
  });
});
