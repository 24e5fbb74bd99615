import type { z } from "zod";
import { createDocument, type ZodOpenApiPathItemObject } from "zod-openapi";
import { artistsQuery, binsQuery } from "@/lib/validations/listener-request";
import { binsResponse, errorResponse, trackFeaturesResponse, userArtistsResponse } from "@/lib/validations/responses";

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

const security: Record<string, string[]>[] = [{ bearer: [] }, { tokenQuery: [] }, { session: [] }];

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
