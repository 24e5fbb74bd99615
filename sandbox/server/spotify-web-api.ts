// Spotify Web API stand-in under /spotify/v1 (https://api.spotify.com/v1).
import type { CatalogArtist, CatalogTrack, TimeRange } from "../catalog/types";
import { memoReply, type SandboxContext } from "./context";
import type { Fault } from "./faults";
import { json, jsonListReply, JSON_NULL, type Reply } from "./http";
import type { RequestInfo, Route } from "./route";
import { routesOf, safeDecode } from "./route";
import { api, artistJson, artistObject, audioFeaturesJson, paging, privateUserObject, simplifiedAlbum, topArtistObject, trackJson, trackObject } from "./spotify-objects";
import { parseQuery, searchAlbums, searchArtists, searchTracks } from "./spotify-search";

export function spotifyError(status: number, message?: string, headers: Record<string, string> = {}): Reply {
  return json(status, { error: message === undefined ? { status } : { status, message } }, headers);
}

/** Spotify's messages for the 5xx statuses faults inject (the accounts service uses them too). */
export const SERVER_ERROR_MESSAGES = { 500: "Internal server error", 502: "Bad gateway", 503: "Service unavailable" } as const;

export function spotifyFaultReply(fault: Fault): Reply | null {
  if (fault.kind === "rateLimited") return spotifyError(429, "API rate limit exceeded", { "retry-after": String(fault.retryAfter) });
  if (fault.kind === "error") return spotifyError(fault.status, SERVER_ERROR_MESSAGES[fault.status]);
  return null;
}

const TIME_RANGES: TimeRange[] = ["short_term", "medium_term", "long_term"];
const BASE62_ID = /^[0-9A-Za-z]{22}$/;

/** `listenerId` null: an app token (client-credentials grant), good for catalogue calls only. */
type Auth = { ok: true; listenerId: string | null; scopes: Set<string> } | { ok: false; reply: Reply };

function authenticate(ctx: SandboxContext, req: RequestInfo): Auth {
  const header = req.headers.authorization;
  if (!header) return { ok: false, reply: spotifyError(401, "No token provided") };
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m || !m[1]) return { ok: false, reply: spotifyError(400, "Only valid bearer authentication supported") };
  const tok = ctx.tokens.access.get(m[1]);
  const wwwAuth = (desc: string) => ({ "www-authenticate": `Bearer realm="spotify", error="invalid_token", error_description="${desc}"` });
  if (!tok) return { ok: false, reply: spotifyError(401, "Invalid access token", wwwAuth("Invalid access token")) };
  if (Date.now() >= tok.expiresAt) return { ok: false, reply: spotifyError(401, "The access token expired", wwwAuth("The access token expired")) };
  return { ok: true, listenerId: tok.listenerId, scopes: new Set(tok.scope.split(" ").filter(Boolean)) };
}

type IntParse = { ok: true; value: number } | { ok: false };
function intParam(url: URL, name: string, def: number, min: number, max: number): IntParse {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return { ok: true, value: def };
  if (!/^-?\d+$/.test(raw)) return { ok: false };
  const v = Number(raw);
  return v >= min && v <= max ? { ok: true, value: v } : { ok: false };
}

function withAuth(ctx: SandboxContext, fn: (req: RequestInfo, auth: { listenerId: string | null; scopes: Set<string> }) => Reply) {
  return (req: RequestInfo): Reply => {
    const auth = authenticate(ctx, req);
    if (!auth.ok) return auth.reply;
    const { spotifyDevelopmentMode, spotifyAllowList } = ctx.knobs();
    // The allow-list is of listeners who sign in: the app's own token is not one.
    if (spotifyDevelopmentMode && spotifyAllowList && auth.listenerId !== null && !spotifyAllowList.includes(auth.listenerId)) {
      // What Spotify answers a development-mode app for a user its owner did not add in the dashboard.
      return spotifyError(403, "User not registered in the Developer Dashboard");
    }
    return fn(req, auth);
  };
}

/** withAuth for a listener's own data: an app token has no listener, as Spotify answers. */
function withListener(ctx: SandboxContext, fn: (req: RequestInfo, auth: { listenerId: string; scopes: Set<string> }) => Reply) {
  return withAuth(ctx, (req, auth) => {
    if (auth.listenerId === null) return spotifyError(401, "Valid user authentication required");
    return fn(req, { ...auth, listenerId: auth.listenerId });
  });
}

function topItems(ctx: SandboxContext, kind: "artists" | "tracks") {
  return withListener(ctx, (req, auth) => {
    if (!auth.scopes.has("user-top-read")) return spotifyError(403, "Insufficient client scope");
    const listener = ctx.lookup.listenersById.get(auth.listenerId);
    if (!listener) return spotifyError(404, "Resource not found");
    const limit = intParam(req.url, "limit", 20, 1, 50);
    if (!limit.ok) return spotifyError(400, "Invalid limit");
    const offset = intParam(req.url, "offset", 0, 0, Number.MAX_SAFE_INTEGER);
    if (!offset.ok) return spotifyError(400, "Invalid offset");
    const tr = req.url.searchParams.get("time_range") ?? "medium_term";
    if (!(TIME_RANGES as string[]).includes(tr)) return spotifyError(400, "Invalid time range");
    const range = tr as TimeRange;
    const base = `${api(ctx)}/me/top/${kind}`;
    const params = { time_range: range };
    if (kind === "artists") {
      const items = listener.topArtistIds[range].map((id) => ctx.lookup.artistsById.get(id)).filter((a): a is CatalogArtist => !!a);
      return json(200, paging(base, params, items, limit.value, offset.value, (a) => topArtistObject(ctx, a)));
    }
    const items = listener.topTrackIds[range].map((id) => ctx.lookup.tracksById.get(id)).filter((t): t is CatalogTrack => !!t);
    return json(200, paging(base, params, items, limit.value, offset.value, (t) => trackObject(ctx, t)));
  });
}

function artistOr404(ctx: SandboxContext, id: string): CatalogArtist | Reply {
  if (!BASE62_ID.test(id)) return spotifyError(400, "Invalid base62 id");
  return ctx.lookup.artistsById.get(id) ?? spotifyError(404, "Resource not found");
}

const SEARCH_TYPES = ["album", "artist", "playlist", "track", "show", "episode", "audiobook"];

function search(ctx: SandboxContext) {
  return withAuth(ctx, (req) => {
    const q = req.url.searchParams.get("q");
    if (!q) return spotifyError(400, "No search query");
    const typeRaw = req.url.searchParams.get("type");
    if (!typeRaw) return spotifyError(400, "Missing parameter type");
    const types = typeRaw.split(",").map((t) => t.trim());
    if (types.some((t) => !SEARCH_TYPES.includes(t))) return spotifyError(400, "Bad search type field");
    const dev = ctx.knobs().spotifyDevelopmentMode;
    const limit = intParam(req.url, "limit", dev ? 5 : 20, 1, 50);
    if (!limit.ok) return spotifyError(400, "Invalid limit");
    const offset = intParam(req.url, "offset", 0, 0, 1000);
    if (!offset.ok) return spotifyError(400, "Invalid offset");
    const lim = dev ? Math.min(limit.value, 10) : limit.value;
    const pq = parseQuery(q);
    const base = `${api(ctx)}/search`;
    const params = { query: q, type: typeRaw };
    const body: Record<string, unknown> = {};
    for (const type of types) {
      if (type === "artist") body.artists = paging(base, params, searchArtists(ctx, pq), lim, offset.value, (a) => artistObject(ctx, a));
      else if (type === "track") body.tracks = paging(base, params, searchTracks(ctx, pq), lim, offset.value, (t) => trackObject(ctx, t));
      else if (type === "album") body.albums = paging(base, params, searchAlbums(ctx, pq), lim, offset.value, (al) => simplifiedAlbum(ctx, al));
      else body[`${type}s`] = paging(base, params, [], lim, offset.value);
    }
    return json(200, body);
  });
}

/** Matches a path below /spotify (e.g. "/v1/me/top/artists"). */
export function matchSpotify(ctx: SandboxContext, method: string, sub: string, url: URL): Route {
  const p = url.searchParams;
  const mk = routesOf("spotify", method);
  const path = safeDecode(sub);
  const segs = sub.split("/").slice(1).map(safeDecode);
  if (method === "GET" && segs[0] === "v1") {
    const s = segs.slice(1);
    const dev = () => ctx.knobs().spotifyDevelopmentMode;
    if (s.length === 1 && s[0] === "me")
      return mk("/v1/me", "/v1/me", path, withListener(ctx, (_req, auth) => {
        const l = ctx.lookup.listenersById.get(auth.listenerId);
        return l ? json(200, privateUserObject(ctx, l, auth.scopes)) : spotifyError(404, "Resource not found");
      }));
    if (s.length === 3 && s[0] === "me" && s[1] === "top" && (s[2] === "artists" || s[2] === "tracks")) {
      const key = `?limit=${p.get("limit") ?? "20"}&offset=${p.get("offset") ?? "0"}&time_range=${p.get("time_range") ?? "medium_term"}`;
      return mk(`/v1/me/top/${s[2]}`, `/v1/me/top/${s[2]}${key}`, path, topItems(ctx, s[2]));
    }
    if (s[0] === "artists" && s.length >= 2 && s.length <= 3) {
      const id = s[1] ?? "";
      if (s.length === 2)
        return mk("/v1/artists/{id}", `/v1/artists/${id}`, path, withAuth(ctx, () => {
          const a = artistOr404(ctx, id);
          return "status" in a ? a : json(200, artistObject(ctx, a));
        }));
      if (s[2] === "related-artists")
        return mk("/v1/artists/{id}/related-artists", `/v1/artists/${id}/related-artists`, path, withAuth(ctx, () => {
          if (dev()) {
            const st = ctx.knobs().relatedArtistsRestrictedStatus;
            return st === 404 ? spotifyError(404, "Not found.") : spotifyError(403, "Forbidden");
          }
          const a = artistOr404(ctx, id);
          if ("status" in a) return a;
          return memoReply(ctx, `related:${id}`, () => {
            const related = a.relatedIds.slice(0, 20).map((r) => ctx.lookup.artistsById.get(r)).filter((r): r is CatalogArtist => !!r);
            return jsonListReply("artists", related.map((r) => artistJson(ctx, r)));
          });
        }));
      if (s[2] === "top-tracks")
        return mk("/v1/artists/{id}/top-tracks", `/v1/artists/${id}/top-tracks`, path, withAuth(ctx, () => {
          if (dev()) return spotifyError(403, "Forbidden");
          const a = artistOr404(ctx, id);
          if ("status" in a) return a;
          return memoReply(ctx, `top-tracks:${id}`, () => {
            const tracks = a.trackIds.map((t) => ctx.lookup.tracksById.get(t)).filter((t): t is CatalogTrack => !!t);
            return jsonListReply("tracks", tracks.map((t) => trackJson(ctx, t)));
          });
        }));
    }
    if (s.length === 1 && s[0] === "audio-features") {
      const ids = (p.get("ids") ?? "").split(",").filter(Boolean);
      return mk("/v1/audio-features", `/v1/audio-features?ids=${[...ids].sort().join(",")}`, path, withAuth(ctx, () => {
        if (dev()) return spotifyError(403);
        if (ids.length === 0) return spotifyError(400, "invalid request");
        if (ids.length > 100) return spotifyError(400, "Too many ids requested");
        const features = ids.map((id) => {
          const t = ctx.lookup.tracksById.get(id);
          return t ? audioFeaturesJson(ctx, t) : JSON_NULL;
        });
        return jsonListReply("audio_features", features);
      }));
    }
    if (s.length === 1 && s[0] === "search") {
      const keys = ["q", "type", "limit", "offset"].map((k) => `${k}=${p.get(k) ?? ""}`).join("&");
      return mk("/v1/search", `/v1/search?${keys}`, path, search(ctx));
    }
  }
  return mk(sub, sub, path, () => spotifyError(404, "Service not found"));
}
