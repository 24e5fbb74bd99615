import { describe, expect, it } from "vitest";
import { spotifyIdFromLink } from "./spotify-links";

describe("spotifyIdFromLink", () => {
  it.each([
    ["https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF", "0OdUWJ0sBjDrqHygGUXeCF"],
    ["https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF?si=abc123&nd=1", "0OdUWJ0sBjDrqHygGUXeCF"],
    ["https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF/", "0OdUWJ0sBjDrqHygGUXeCF"],
    ["https://open.spotify.com/intl-de/artist/0OdUWJ0sBjDrqHygGUXeCF", "0OdUWJ0sBjDrqHygGUXeCF"],
    ["http://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF#top", "0OdUWJ0sBjDrqHygGUXeCF"],
    [" spotify:artist:0OdUWJ0sBjDrqHygGUXeCF ", "0OdUWJ0sBjDrqHygGUXeCF"],
  ])("artist %s → %s", (link, id) => {
    expect(spotifyIdFromLink(link, "artist")).toBe(id);
  });

  it.each([
    "https://open.spotify.com/track/0OdUWJ0sBjDrqHygGUXeCF",
    "https://open.spotify.com/artist/",
    "https://example.com/artist/0OdUWJ0sBjDrqHygGUXeCF",
    "https://open.spotify.com/artist/abc-def",
    "",
  ])("no artist id in %j", (link) => {
    expect(spotifyIdFromLink(link, "artist")).toBeNull();
  });

  it("reads track links the same way", () => {
    expect(spotifyIdFromLink("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=x", "track")).toBe("4uLU6hMCjMI75M1A2tKUQC");
    expect(spotifyIdFromLink("https://open.spotify.com/artist/4uLU6hMCjMI75M1A2tKUQC", "track")).toBeNull();
  });
});
