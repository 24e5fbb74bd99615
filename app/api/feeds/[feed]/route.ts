import { errorJson, handle, notAllowed } from "@/lib/api/handle";
import { takeFeedRender } from "@/lib/api/feed-budget";
import { forClient } from "@/lib/api/for-client";
import { renderFeed } from "@/lib/api/feed-calendar";
import { spotifyAppToken } from "@/lib/auth/spotify-app-token";
import { calendarFileName } from "@/lib/calendar/ics";
import { feedSearch, openFeedLink } from "@/lib/calendar/feed-link";
import { config } from "@/lib/config";
import { UnavailableError } from "@/lib/domain/errors";
import { feedConcerts } from "@/lib/pipeline/feed-concerts";
import { gigscovery } from "@/lib/server/gigscovery";

export const POST = notAllowed("GET");
export { POST as PUT, POST as PATCH, POST as DELETE };

/** How often a calendar app may keep its copy before asking again: concerts change daily. */
const KEEP_SECONDS = 3600;

/**
 * A subscribed calendar, rendered afresh on each fetch with the app's own Spotify token: its artists'
 * concerts near its place from today over its window. The link holds the feed (sealed); nothing is
 * kept here, and nothing about it is logged.
 */
export function GET(req: Request, { params }: { params: Promise<{ feed: string }> }) {
  return handle(async () => {
    const secret = config().CALENDAR_FEED_SECRET;
    if (!secret) throw new UnavailableError("Calendar subscriptions are not set up on this server any more.");
    const feed = await openFeedLink((await params).feed.replace(/\.ics$/, ""), secret);
    const wait = await takeFeedRender();
    if (wait !== null) {
      return errorJson({ error: "Calendar feeds are busy: your calendar app will try again shortly.", code: "rate_limited" }, 429, { "Retry-After": String(wait) });
    }
    const today = new Date().toISOString().slice(0, 10);
    const found = await forClient(req, async (deadline) => feedConcerts(gigscovery(), await spotifyAppToken(), feedSearch(feed, today), deadline));
    return new Response(renderFeed(found, feed.name), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `inline; filename="${calendarFileName(feed.name)}"`,
        // The listener's calendar app may keep it; shared caches may not (the link is personal, whatever it reveals).
        "Cache-Control": `private, max-age=${KEEP_SECONDS}`,
      },
    });
  });
}

