// The validators must actually reject bad data, or the contract tests prove nothing.
import { describe, expect, it, beforeAll } from "vitest";
import { BANDSINTOWN_SPEC, loadValidator, SPOTIFY_SPEC, type SpecValidator } from "./spec-validators";

let spotify: SpecValidator;
let bandsintown: SpecValidator;
beforeAll(async () => {
  [spotify, bandsintown] = await Promise.all([loadValidator(SPOTIFY_SPEC), loadValidator(BANDSINTOWN_SPEC)]);
});

const artist = {
  external_urls: { spotify: "https://open.spotify.com/artist/0TnOYISbd1XYRBk9myaseg" },
  followers: { href: null, total: 10 },
  genres: ["rock"],
  href: "http://127.0.0.1/spotify/v1/artists/0TnOYISbd1XYRBk9myaseg",
  id: "0TnOYISbd1XYRBk9myaseg",
  images: [{ url: "http://127.0.0.1/images/artist/x.svg", height: 640, width: 640 }],
  name: "Pitbull",
  popularity: 80,
  type: "artist",
  uri: "spotify:artist:0TnOYISbd1XYRBk9myaseg",
};

describe("validator sanity", () => {
  it("accepts a correct artist", () => {
    expect(spotify.validate("/artists/{id}", "get", 200, artist, { strict: true })).toEqual([]);
  });

  it("rejects deliberately broken objects", () => {
    expect(spotify.validate("/artists/{id}", "get", 200, { ...artist, popularity: "high" })).not.toEqual([]);
    expect(spotify.validate("/artists/{id}", "get", 200, { ...artist, type: "band" })).not.toEqual([]);
    expect(spotify.validate("/artists/{id}", "get", 200, { ...artist, images: [{ url: "x" }] })).not.toEqual([]);
    const { href: _href, ...withoutHref } = artist;
    expect(spotify.validate("/artists/{id}", "get", 200, withoutHref, { strict: true })).not.toEqual([]);
    expect(spotify.validate("/me", "get", 401, { error: { status: 401 } })).not.toEqual([]);
    expect(spotify.validate("/me", "get", 401, { error: "No token provided" })).not.toEqual([]);
    expect(spotify.validate("/me/top/artists", "get", 200, { items: [artist] })).not.toEqual([]);
  });

  it("rejects a Bandsintown event with numeric coordinates or a missing lineup", () => {
    const event = {
      id: "1", artist_id: "2", url: "https://www.bandsintown.com/e/1", on_sale_datetime: "", datetime: "2026-11-23T19:00:00",
      venue: { name: "V", latitude: "52.5", longitude: "13.4", city: "Berlin", region: "", country: "Germany" }, offers: [], lineup: ["A"],
    };
    expect(bandsintown.validate("/artists/{artistname}/events", "get", 200, [event])).toEqual([]);
    expect(bandsintown.validate("/artists/{artistname}/events", "get", 200, [{ ...event, venue: { ...event.venue, latitude: 52.5 } }])).not.toEqual([]);
    const { lineup: _lineup, ...noLineup } = event;
    expect(bandsintown.validate("/artists/{artistname}/events", "get", 200, [noLineup])).not.toEqual([]);
  });
});
