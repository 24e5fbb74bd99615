// A calendar feed's link: everything the feed needs (its artists' Spotify ids, the place, radius,
// window and name) sealed with CALENDAR_FEED_SECRET, so the server keeps nothing and serves only
// feeds it issued. Whoever sees the link learns nothing from it; whoever has it can fetch the feed.
// Rotating the secret revokes every link at once.
import "server-only";
import { z } from "zod";
import { addDays } from "@/lib/dates/date-range";
import { FeedLinkError } from "@/lib/domain/errors";
import type { FeedRequest } from "@/lib/pipeline/feed-concerts";
import { seal, unseal } from "@/lib/security/sealed";

/** How long a link is served: a year, then the listener subscribes again from a fresh search. */
export const FEED_LINK_DAYS = 365;

export interface Feed {
  artistIds: string[];
  place: { latitude: number; longitude: number };
  radiusKm: number;
  days: number;
  name: string;
}

const ID_LENGTH = 22;
// Short keys and the ids run together: the link stays short enough for every calendar app.
const sealedFeed = z.object({
  a: z.string().regex(/^(?:[0-9A-Za-z]{22})+$/),
  p: z.tuple([z.number(), z.number()]),
  r: z.number(),
  d: z.number().int(),
  n: z.string(),
});

export function feedLink(feed: Feed, secret: string): Promise<string> {
  const payload = { a: feed.artistIds.join(""), p: [feed.place.latitude, feed.place.longitude], r: feed.radiusKm, d: feed.days, n: feed.name };
  return seal(payload, secret, "calendar-feed", FEED_LINK_DAYS * 86_400);
}

/** The feed a link names; FeedLinkError when we did not issue it (or it was altered), or it has expired. */
export async function openFeedLink(link: string, secret: string): Promise<Feed> {
  const opened = await unseal(link, secret, "calendar-feed");
  if ("problem" in opened) {
    throw opened.problem === "expired"
      ? new FeedLinkError("feed_link_expired", `This calendar link has expired (links last ${FEED_LINK_DAYS} days): subscribe again from Gigscovery.`)
      : new FeedLinkError("feed_link_invalid", "This is not a calendar link Gigscovery issued, or it was changed on the way: subscribe again from Gigscovery.");
  }
  const parsed = sealedFeed.safeParse(opened.payload);
  if (!parsed.success) throw new FeedLinkError("feed_link_invalid", "This calendar link is from an older Gigscovery: subscribe again.");
  const { a, p, r, d, n } = parsed.data;
  return { artistIds: a.match(new RegExp(`.{${ID_LENGTH}}`, "g"))!, place: { latitude: p[0], longitude: p[1] }, radiusKm: r, days: d, name: n };
}

/** What the pipeline is asked on a fetch made `today` (YYYY-MM-DD): from today over the window. */
export function feedSearch(feed: Feed, today: string): FeedRequest {
  return { artistIds: feed.artistIds, place: feed.place, radiusKm: feed.radiusKm, range: { begin: today, end: addDays(today, feed.days - 1) } };
}
