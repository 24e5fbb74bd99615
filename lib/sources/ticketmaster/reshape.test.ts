import { describe, expect, it } from "vitest";
import { tmAttraction, tmEvent, tmVenue } from "@/tests/sources/bodies/ticketmaster";
import { rawEvent, rawEventsPage } from "./raw-types";
import { reshapeEvent, reshapeListing } from "./reshape";

const reshape = (over: Record<string, unknown> = {}) => reshapeEvent(rawEvent.parse(tmEvent("G5v0Z9J7", over)));
const withDates = (start: Record<string, unknown>, code = "onsale") => ({ dates: { start, status: { code } } });

describe("Ticketmaster event → AreaConcert", () => {
  it("keeps the venue-local date-time, venue, lineup, offer and performers", () => {
    expect(reshape()).toEqual({
      id: "G5v0Z9J7",
      source: "ticketmaster",
      sourceArtistId: "K8vZ9171ob7",
      datetime: "2026-11-23T20:00:00",
      title: "Concert G5v0Z9J7",
      description: "",
      url: "https://www.ticketmaster.nl/event/G5v0Z9J7",
      offers: [{ type: "Tickets", url: "https://www.ticketmaster.nl/event/G5v0Z9J7", status: "available" }],
      lineup: ["Arctic Monkeys"],
      venue: { name: "Ziggo Dome", city: "Amsterdam", region: "Noord-Holland", country: "Netherlands", latitude: 52.3133, longitude: 4.9375 },
      performers: [{ name: "Arctic Monkeys", spotifyId: "7Ln80lUS6He07XvHI8qqHH" }],
      genres: ["Rock"],
      status: "on_sale",
      priceRange: { min: 49.5, max: 89.5, currency: "EUR" },
      timezone: "Europe/Amsterdam",
    });
  });

  it("spans every price range of the first currency, and has none without prices", () => {
    const priceRanges = [
      { type: "standard", currency: "USD", min: 35, max: 60 },
      { type: "vip", currency: "USD", min: 150, max: 150 },
      { type: "standard", currency: "CAD", min: 20, max: 300 },
    ];
    expect(reshape({ priceRanges })?.priceRange).toEqual({ min: 35, max: 150, currency: "USD" });
    expect(reshape({ priceRanges: [{ type: "standard", currency: "USD", min: 25 }] })?.priceRange).toEqual({ min: 25, max: 25, currency: "USD" });
    expect(reshape({ priceRanges: undefined })).not.toHaveProperty("priceRange");
    expect(reshape({ priceRanges: [{ type: "standard", currency: "USD" }] })).not.toHaveProperty("priceRange");
  });

  it.each([
    ["onsale", "on_sale"],
    ["offsale", "sold_out"],
    ["postponed", "postponed"],
    ["rescheduled", "rescheduled"],
    ["constructor", undefined],
  ])("listing status %s → %s", (code, status) => {
    expect(reshape(withDates({ localDate: "2026-11-23" }, code))?.status).toBe(status);
  });

  it("keeps a cancelled event for its own page, marked cancelled", () => {
    const concert = reshapeListing(rawEvent.parse(tmEvent("x", withDates({ localDate: "2026-11-23" }, "cancelled"))));
    expect(concert).toMatchObject({ id: "x", status: "cancelled" });
  });

  it("keeps the music's genre and sub-genre, the primary classification first, without placeholders", () => {
    const classifications = [
      { primary: false, segment: { name: "Music" }, genre: { name: "Pop" }, subGenre: { name: "Undefined" } },
      { primary: true, segment: { name: "Music" }, genre: { name: "Rock" }, subGenre: { name: "Alternative Rock" } },
    ];
    expect(reshape({ classifications })?.genres).toEqual(["Rock", "Alternative Rock", "Pop"]);
    expect(reshape({ classifications: [{ segment: { name: "Music" }, genre: { name: "Undefined" } }] })?.genres).toEqual([]);
  });

  it("reads Spotify ids from links with query strings, and null without a link", () => {
    const concert = reshape({
      _embedded: {
        venues: [tmVenue()],
        attractions: [
          tmAttraction("K1", "Headliner", "https://open.spotify.com/artist/06HL4z0CvFAxyc27GXpf02?si=Xb1c&nd=1"),
          tmAttraction("K2", "Support Act"),
          { ...tmAttraction("K3", "Odd Link"), externalLinks: { spotify: [{ url: "https://open.spotify.com/user/someone" }] } },
        ],
      },
    });
    expect(concert?.performers).toEqual([
      { name: "Headliner", spotifyId: "06HL4z0CvFAxyc27GXpf02" },
      { name: "Support Act", spotifyId: null },
      { name: "Odd Link", spotifyId: null },
    ]);
    expect(concert?.lineup).toEqual(["Headliner", "Support Act", "Odd Link"]);
    expect(concert?.sourceArtistId).toBe("K1");
  });

  it("has an empty artist id and lineup without attractions, and midnight without a local time", () => {
    const concert = reshape({ ...withDates({ localDate: "2026-12-01", timeTBA: true }), _embedded: { venues: [tmVenue()] } });
    expect(concert).toMatchObject({ sourceArtistId: "", lineup: [], performers: [], datetime: "2026-12-01T00:00:00" });
  });

  it("takes the description from info, else pleaseNote", () => {
    expect(reshape({ info: "Doors 19:00", pleaseNote: "No cameras" })?.description).toBe("Doors 19:00");
    expect(reshape({ pleaseNote: "No cameras" })?.description).toBe("No cameras");
  });

  it.each([
    ["onsale", "available"],
    ["offsale", "sold out"],
    ["postponed", "postponed"],
    ["rescheduled", "rescheduled"],
    ["constructor", "constructor"], // a code we do not know is shown as it is, never looked up on Object.prototype
  ])("offer status %s → %s", (code, status) => {
    expect(reshape(withDates({ localDate: "2026-11-23", localTime: "20:00:00" }, code))?.offers[0]?.status).toBe(status);
  });

  it.each([
    ["a cancelled event", withDates({ localDate: "2026-11-23" }, "cancelled")],
    ["a venue without a location", { _embedded: { venues: [tmVenue({ location: undefined })] } }],
    ["a venue with blank coordinates", { _embedded: { venues: [tmVenue({ location: { latitude: "", longitude: "" } })] } }],
    ["no venue", { _embedded: { attractions: [] } }],
  ])("skips %s", (_, over) => {
    expect(reshape(over)).toBeNull();
  });

  it("does not parse an event without a local date (date to be announced)", () => {
    expect(rawEvent.safeParse(tmEvent("x", withDates({ dateTBA: true }))).success).toBe(false);
  });

  it("reads an empty page (no _embedded)", () => {
    const page = rawEventsPage.parse({ _links: {}, page: { size: 200, totalElements: 0, totalPages: 0, number: 0 } });
    expect(page._embedded).toBeUndefined();
  });
});
