import { addDays } from "@/lib/dates/date-range";
import { handle, json, notAllowed, parseJsonBody } from "@/lib/api/handle";
import { checkListenerToken } from "@/lib/api/listener-token";
import { feedLink, FEED_LINK_DAYS } from "@/lib/calendar/feed-link";
import { config } from "@/lib/config";
import { UnavailableError } from "@/lib/domain/errors";
import { feedRequest } from "@/lib/validations/feed-request";
import type { FeedLinkResponse } from "@/lib/validations/taste-response";

export const GET = notAllowed("POST");
export { GET as PUT, GET as PATCH, GET as DELETE };

/** A calendar feed link for a mix (or all of a search's concerts), for a listener (a token, a session or a chosen taste). */
export function POST(req: Request) {
  return handle(async () => {
    await checkListenerToken(req, undefined);
    const body = await parseJsonBody(req, feedRequest);
    const { CALENDAR_FEED_SECRET: secret, NEXTAUTH_URL } = config();
    if (!secret) throw new UnavailableError("Calendar subscriptions are not set up on this server (it has no CALENDAR_FEED_SECRET): download the .ics file instead.");
    const link = await feedLink(
      { artistIds: body.artist_ids, place: { latitude: body.latitude, longitude: body.longitude }, radiusKm: body.radius, days: body.days, name: body.name },
      secret,
    );
    const url = `${NEXTAUTH_URL.replace(/\/+$/, "")}/api/feeds/${link}.ics`;
    const answer: FeedLinkResponse = {
      url,
      webcal: url.replace(/^https?:/, "webcal:"),
      expires: addDays(new Date().toISOString().slice(0, 10), FEED_LINK_DAYS),
    };
    return json(answer);
  });
}
