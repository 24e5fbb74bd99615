// ListenBrainz stand-in under /listenbrainz (https://api.listenbrainz.org): a user's top artists from
// its statistics API, keyless. 204 while a user's statistics are not computed yet, 404 for an unknown
// user, errors as {"code","error"}, and the rate-limit headers every answer carries.
import { uuidFrom } from "../catalog/random";
import { LISTENBRAINZ_NEW_USER, LISTENBRAINZ_RANGES, listenbrainzUserOf, listenerByProfile } from "../catalog/profiles";
import type { SandboxContext } from "./context";
import type { Fault } from "./faults";
import { json, type Reply } from "./http";
import { routesOf, safeDecode, type Route } from "./route";

const RATE_LIMIT = { "x-ratelimit-limit": "100", "x-ratelimit-remaining": "99", "x-ratelimit-reset-in": "10" };

export function listenbrainzError(status: number, error: string, headers: Record<string, string> = {}): Reply {
  return json(status, { code: status, error }, { ...RATE_LIMIT, ...headers });
}

export function listenbrainzFaultReply(fault: Fault): Reply | null {
  if (fault.kind === "rateLimited")
    return listenbrainzError(429, "You have exceeded your rate limit. See the X-RateLimit-* response headers for more information on limits.", {
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset-in": String(fault.retryAfter),
    });
  if (fault.kind === "error") return listenbrainzError(fault.status, "An error occurred while processing the request.");
  return null;
}

const MAX_COUNT = 100;

function topArtists(ctx: SandboxContext, user: string, url: URL): Reply {
  const p = url.searchParams;
  const range = p.get("range") ?? "all_time";
  if (!Object.hasOwn(LISTENBRAINZ_RANGES, range)) return listenbrainzError(400, `Invalid range: ${range}`);
  const count = whole(p.get("count"), 25);
  const offset = whole(p.get("offset"), 0);
  if (count === null || offset === null || count < 1) return listenbrainzError(400, "'count' and 'offset' should be non-negative integers");
  if (user.toLowerCase() === LISTENBRAINZ_NEW_USER) return { status: 204, headers: RATE_LIMIT, body: "" };
  const listener = listenerByProfile(ctx.catalog.listeners, user, listenbrainzUserOf);
  if (!listener) return listenbrainzError(404, `Cannot find user: ${user}`);
  const artists = listener.topArtistIds[LISTENBRAINZ_RANGES[range]!].flatMap((id) => ctx.lookup.artistsById.get(id) ?? []);
  const now = Math.floor(Date.parse(`${ctx.catalog.today}T00:00:00Z`) / 1000);
  return json(
    200,
    {
      payload: {
        artists: artists.slice(offset, offset + Math.min(count, MAX_COUNT)).map((a, i) => ({
          artist_mbid: uuidFrom(`mbid:${a.id}`),
          artist_name: a.name,
          listen_count: Math.round(3000 / (offset + i + 1)) + artists.length - i,
        })),
        count: Math.min(count, MAX_COUNT, Math.max(0, artists.length - offset)),
        from_ts: now - 365 * 86_400,
        last_updated: now,
        offset,
        range,
        to_ts: now,
        total_artist_count: artists.length,
        user_id: listenbrainzUserOf(listener),
      },
    },
    RATE_LIMIT,
  );
}

function whole(raw: string | null, def: number): number | null {
  if (raw === null || raw === "") return def;
  return /^\d+$/.test(raw) ? Number(raw) : null;
}

/** Matches a path below /listenbrainz (e.g. "/1/stats/user/lb-demo-indie/artists"). */
export function matchListenbrainz(ctx: SandboxContext, method: string, sub: string, url: URL): Route {
  const route = routesOf("listenbrainz", method);
  const m = /^\/1\/stats\/user\/([^/]+)\/artists\/?$/.exec(sub);
  const path = safeDecode(sub);
  if (!m || method !== "GET") return route(sub, sub, path, () => listenbrainzError(404, "The requested URL was not found on the server."));
  const user = safeDecode(m[1]!);
  const p = url.searchParams;
  return route("/1/stats/user/{user}/artists", `/1/stats/user/${user}/artists?range=${p.get("range") ?? ""}&count=${p.get("count") ?? ""}&offset=${p.get("offset") ?? ""}`, path, () =>
    topArtists(ctx, user, url),
  );
}
