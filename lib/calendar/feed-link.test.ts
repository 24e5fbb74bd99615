import { describe, expect, it } from "vitest";
import { FeedLinkError } from "@/lib/domain/errors";
import { seal } from "@/lib/security/sealed";
import { feedLink, feedSearch, openFeedLink, type Feed } from "./feed-link";

const SECRET = "unit-test-calendar-feed-secret-0123456789";
const feed: Feed = {
  artistIds: ["4Z8W4fKeB5YxbusRsdQVPb", "0OdUWJ0sBjDrqHygGUXeCF"],
  place: { latitude: 52.3676, longitude: 4.9041 },
  radiusKm: 25,
  days: 90,
  name: "Indie & Rock · Energetic & bright",
};

const codeOf = (link: string, secret = SECRET) => openFeedLink(link, secret).then(() => "opened", (e: unknown) => (e instanceof FeedLinkError ? e.code : String(e)));

describe("feed links", () => {
  it("hold the feed sealed, and open to it again; a fetch looks from its day over the window", async () => {
    const link = await feedLink(feed, SECRET);
    expect(link).toMatch(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){4}$/); // URL-safe as it is
    expect(link).not.toContain(feed.artistIds[0]);
    expect(await openFeedLink(link, SECRET)).toEqual(feed);
    expect(feedSearch(feed, "2026-12-05")).toEqual({ artistIds: feed.artistIds, place: feed.place, radiusKm: 25, range: { begin: "2026-12-05", end: "2027-03-04" } });
  });

  it("a link sealed with another secret (rotated), altered, expired or of an unknown shape is refused", async () => {
    const link = await feedLink(feed, SECRET);
    expect(await codeOf(link, "rotated-secret-0123456789abcdef0123")).toBe("feed_link_invalid");
    expect(await codeOf(link.slice(0, -2) + (link.endsWith("AA") ? "BB" : "AA"))).toBe("feed_link_invalid");
    expect(await codeOf(await seal({ a: feed.artistIds.join(""), p: [1, 2], r: 25, d: 30, n: "x" }, SECRET, "calendar-feed", -1))).toBe("feed_link_expired");
    expect(await codeOf(await seal({ something: "else" }, SECRET, "calendar-feed", 60))).toBe("feed_link_invalid");
    expect(await codeOf(await seal({ a: feed.artistIds.join(""), p: [1, 2], r: 25, d: 30, n: "x" }, SECRET, "taste-cookie", 60))).toBe("feed_link_invalid");
  });
});
