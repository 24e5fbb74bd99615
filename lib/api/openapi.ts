import { z } from "zod";
import { createDocument, type ZodOpenApiPathItemObject } from "zod-openapi";
import { artistsQuery, binsQuery } from "@/lib/validations/listener-request";
import { binsResponse, errorResponse, trackFeaturesResponse, userArtistsResponse } from "@/lib/validations/responses";
import { feedRequest } from "@/lib/validations/feed-request";
import { tasteChoice, tasteMatchRequest } from "@/lib/validations/taste-request";
import { feedLinkResponse, tasteMatchResponse, tasteResponse } from "@/lib/validations/taste-response";

// The OpenAPI document, generated from the same zod schemas that validate requests and type responses.

const errors = {
  "401": { description: "No Spotify token, or Spotify rejected it.", content: { "application/json": { schema: errorResponse } } },
  "403": { description: "Spotify refuses this listener (e.g. not on a development-mode app's allow-list).", content: { "application/json": { schema: errorResponse } } },
  "422": { description: "Invalid parameters; `issues` names each bad field and why.", content: { "application/json": { schema: errorResponse } } },
  "429": {
    description:
      "This client asked more often than anyone needs to (`too_many_requests`), or an upstream is rate limiting us or this client used its share of an upstream's daily quota (`rate_limited`); see Retry-After.", content: { "application/json": { schema: errorResponse } } },
  "502": { description: "An upstream we cannot do without answered badly.", content: { "application/json": { schema: errorResponse } } },
  "503": { description: "An upstream we cannot do without is unavailable.", content: { "application/json": { schema: errorResponse } } },
  "504": { description: "An upstream we cannot do without did not answer in time.", content: { "application/json": { schema: errorResponse } } },
  "500": { description: "The server is not configured, or failed on our side.", content: { "application/json": { schema: errorResponse } } },
};

const ok = (description: string, schema: z.ZodType) => ({
  description,
  content: { "application/json": { schema } },
});

const security: Record<string, string[]>[] = [{ bearer: [] }, { tokenQuery: [] }, { taste: [] }, { session: [] }];

const error = (description: string) => ({ description, content: { "application/json": { schema: errorResponse } } });
const jsonBody = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });

/** Ours: taste without a Spotify session, and calendar feeds. */
function tasteAndFeedPaths() {
  const profileErrors = {
    "403": error("profile_private: the Last.fm profile hides its listening."),
    "404": error("profile_not_found: no such user on that service."),
    "409": error("profile_not_ready: ListenBrainz has not computed the user's statistics yet, or the profile has no artists for that period."),
    "422": error("bad_input (each bad field named), or unavailable: this server does not offer that source (Last.fm without LASTFM_API_KEY)."),
  };
  return {
    "/api/taste": {
      get: { summary: "The taste the listener's cookie holds", description: "Ours. `taste` is null without one.", responses: { "200": ok("OK.", tasteResponse) } },
      post: {
        summary: "Choose a taste without a Spotify session",
        description:
          "Ours. A Last.fm username (needs LASTFM_API_KEY on the server), a ListenBrainz username, or Spotify artist ids the listener " +
          "confirmed (see /api/taste/match). The profile is read once to check it; then the choice is kept in the listener's encrypted, " +
          "HttpOnly cookie `gigscovery-taste` (never on the server), and the listener endpoints read it from there with the app's own " +
          "Spotify token. A request with a Spotify token (header or query) uses that instead. Send it as JSON (Content-Type: application/json).",
        requestBody: jsonBody(tasteChoice),
        responses: { "200": ok("Kept. `artists`: the names read, strongest first.", tasteResponse), ...profileErrors },
      },
      delete: { summary: "Forget the taste", description: "Ours. Clears the cookie.", responses: { "200": ok("Forgotten.", tasteResponse) } },
    },
    "/api/taste/match": {
      post: {
        summary: "Match typed artist names to Spotify artists",
        description: "Ours. Each distinct name with every Spotify artist of exactly that name (several: ambiguous), for the listener to confirm. Nothing is kept, not even in the public cache.",
        requestBody: jsonBody(tasteMatchRequest),
        responses: { "200": ok("Each name's matches.", tasteMatchResponse), "422": errors["422"] },
      },
    },
    "/api/feeds": {
      post: {
        summary: "A calendar feed link (Subscribe)",
        description:
          "Ours. For a listener (a token, a chosen taste or a session). The link is opaque: the feed's artists, place, radius, window and " +
          "name, encrypted and signed with the server's CALENDAR_FEED_SECRET (JWE, A256GCM). The server keeps nothing; links last a year; " +
          "rotating the secret revokes them all. 422 `unavailable` when the server has no CALENDAR_FEED_SECRET.",
        security,
        requestBody: jsonBody(feedRequest),
        responses: { "200": ok("The feed's https and webcal:// addresses.", feedLinkResponse), "401": errors["401"], "422": errors["422"] },
      },
    },
    "/api/feeds/{link}.ics": {
      get: {
        summary: "A calendar feed (iCalendar), rendered on each fetch",
        description:
          "Ours. The link's artists' concerts near its place, from today over its rolling window, looked up afresh with the app's own Spotify " +
          "token (only public data is cached). Floating local times, one VEVENT per show with a stable UID. Feeds share a budget of renders per minute.",
        requestParams: { path: z.object({ link: z.string().meta({ description: "The sealed link, as /api/feeds gave it." }) }) },
        responses: {
          "200": { description: "The calendar.", content: { "text/calendar": { schema: { type: "string" as const } } } },
          "403": error("feed_link_invalid: not a link this server issued, or altered."),
          "410": error("feed_link_expired: the link's year is up; subscribe again."),
          "429": error("Too many feed fetches this minute; see Retry-After."),
          "503": errors["503"],
        },
      },
    },
  };
}

function listenerOperation(
  summary: string,
  description: string,
  query: typeof artistsQuery | typeof binsQuery,
  response: z.ZodType,
): ZodOpenApiPathItemObject & { get: object } {
  return {
    get: {
      summary,
      description,
      security,
      requestParams: { query },
      responses: { "200": ok("OK. `warnings` lists what could not be fetched.", response), ...errors },
    },
  };
}

export function openApiDocument() {
  const userArtists = listenerOperation(
    "The listener's top and related artists",
    "Top artists first, then up to n_related_artists related artists per top artist (chosen deterministically).",
    artistsQuery,
    userArtistsResponse,
  );
  const features = listenerOperation(
    "Audio features of the listener's artists' tracks",
    "Every Spotify audio-feature field per track, with artist_name, artist_id and track_name.",
    artistsQuery,
    trackFeaturesResponse,
  );
  const bins = listenerOperation(
    "Concert mixes (bins) near a place",
    "Clusters the listener's artists by sound into bins and lists each bin's concerts within the radius and dates. " +
      "Bins without concerts are dropped and ids renumbered from 0.",
    binsQuery,
    binsResponse,
  );
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Gigscovery API",
      version: "2.0.0",
      description:
        "Personalized concert discovery from a listener's Spotify taste. Compatible with the original Gigscovery API: " +
        "the same paths also answer without the /api prefix. Pass the Spotify token as `Authorization: Bearer` (preferred), " +
        "as the `token` query parameter, or rely on the signed-in session cookie.",
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A Spotify access token with scope user-top-read." },
        tokenQuery: { type: "apiKey", in: "query", name: "token", description: "The original API's way; avoid, URLs get logged." },
        taste: {
          type: "apiKey",
          in: "cookie",
          name: "gigscovery-taste",
          description: "Ours: the taste chosen without Spotify (POST /api/taste); `__Secure-gigscovery-taste` over https.",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The web app's session; named `__Secure-next-auth.session-token` when the app is served over https.",
        },
      },
    },
    paths: {
      "/api/artists/get_user_artists": userArtists,
      "/api/tracks/features": features,
      "/api/get_bins": bins,
      ...tasteAndFeedPaths(),
      "/api/get_bins/stream": {
        get: {
          ...bins.get,
          summary: "Concert mixes with live progress (NDJSON)",
          description:
            "Same parameters as /api/get_bins. Streams one JSON object per line: " +
            '`{"type":"stage","stage":"top_artists|related_artists|features|mixes|concerts|done","message","done","total"}`; ' +
            'with taste=whole or discoveries=true also `{"type":"concerts","concerts":[<MixConcert>…]}` as concerts are found ' +
            "(the listener's artists' first, discoveries as they are placed; a show may come again with more of its bill), " +
            'then `{"type":"result","data":<get_bins answer>}` or `{"type":"error","status","error","code"}`. ' +
            'After 2 seconds without a line, `{"type":"heartbeat"}`. Streaming starts once Spotify has accepted the token: ' +
            "bad input (422), a missing or rejected token (401) and a client over its limits (429) are plain JSON answers with that status.",
          responses: {
            "200": {
              description:
                "A stream of progress events, one JSON object per line. Once streaming has begun, a failure (an upstream we cannot do " +
                'without failing) arrives as its last line, `{"type":"error","status":503,…}`, rather than as the response status.',
              content: { "application/x-ndjson": { schema: { type: "string" } } },
            },
            ...errors,
          },
        },
      },
    },
  });
}
