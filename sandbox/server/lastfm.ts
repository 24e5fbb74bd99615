// Last.fm stand-in under /lastfm/2.0/ (https://ws.audioscrobbler.com/2.0/): artist.getSimilar and
// user.getTopArtists, JSON only. Names are spelled the Last.fm way (catalog/name-variants.ts); similar
// lists come from catalog/lastfm-similar.ts; each demo listener's profile from catalog/profiles.ts.
import { foldName, externalName } from "../catalog/name-variants";
import { lastfmSimilar } from "../catalog/lastfm-similar";
import { LASTFM_PERIODS, LASTFM_PRIVATE_USER, lastfmUserOf, listenerByProfile } from "../catalog/profiles";
import { lowerName } from "../catalog/index";
import { uuidFrom } from "../catalog/random";
import type { Catalog, CatalogArtist } from "../catalog/types";
import { memoReply, type SandboxContext } from "./context";
import type { Fault } from "./faults";
import { json, type Reply } from "./http";
import { routesOf, type Route } from "./route";

export function lastfmError(status: number, error: number, message: string, headers: Record<string, string> = {}): Reply {
  return json(status, { error, message, links: [] }, headers);
}

export function lastfmFaultReply(fault: Fault): Reply | null {
  if (fault.kind === "rateLimited")
    return lastfmError(429, 29, "Rate Limit Exceeded - Your IP has made too many requests in a short period", { "retry-after": String(fault.retryAfter) });
  if (fault.kind === "error")
    return lastfmError(fault.status === 500 ? 500 : 503, 16, "There was a temporary error processing your request. Please try again");
  return null;
}

interface NameIndex {
  /** lowerName(Last.fm spelling) -> artist: the lookup without autocorrect. */
  exact: Map<string, CatalogArtist>;
  /** foldName(either spelling) -> artist: the lookup with autocorrect=1. */
  loose: Map<string, CatalogArtist>;
}
const indexes = new WeakMap<Catalog, NameIndex>();

function nameIndex(catalog: Catalog): NameIndex {
  let idx = indexes.get(catalog);
  if (!idx) {
    idx = { exact: new Map(), loose: new Map() };
    for (const a of catalog.artists) {
      const lastfm = externalName(catalog, a);
      idx.exact.set(lowerName(lastfm), a);
      idx.loose.set(foldName(lastfm), a);
      idx.loose.set(foldName(a.name), a);
    }
    indexes.set(catalog, idx);
  }
  return idx;
}

function artistUrl(name: string): string {
  return `https://www.last.fm/music/${encodeURIComponent(name).replace(/%20/g, "+")}`;
}

/** A stable MusicBrainz-style id for a catalog artist ("" for Last.fm-only names, as often on Last.fm). */
const mbid = (artistId: string | null) => (artistId ? uuidFrom(`mbid:${artistId}`) : "");

const IMAGE_SIZES = ["small", "medium", "large", "extralarge", "mega"];

function getSimilar(ctx: SandboxContext, url: URL): Reply {
  const p = url.searchParams;
  const artistParam = p.get("artist");
  if (!artistParam) return lastfmError(400, 6, "Invalid parameters - Your request is missing a required parameter");
  const limitRaw = p.get("limit");
  const limit = limitRaw === null || limitRaw === "" ? 100 : Number(limitRaw);
  if (!Number.isInteger(limit) || limit < 1) return lastfmError(400, 6, "Invalid parameters - limit must be a positive integer");
  const autocorrect = p.get("autocorrect") === "1";
  const idx = nameIndex(ctx.catalog);
  const artist = autocorrect ? idx.loose.get(foldName(artistParam)) : idx.exact.get(lowerName(artistParam));
  if (!artist) return lastfmError(ctx.knobs().lastfmNotFoundStatus, 6, "The artist you supplied could not be found");
  return memoReply(ctx, `lastfm-similar:${artist.id}:${limit}`, () =>
    json(200, {
      similarartists: {
        artist: lastfmSimilar(ctx.catalog, artist, ctx.lookup.artistsById)
          .slice(0, limit)
          .map((s) => ({
            name: s.name,
            mbid: mbid(s.artistId),
            match: String(s.match),
            url: artistUrl(s.name),
            image: IMAGE_SIZES.map((size) => ({ "#text": "", size })),
            streamable: "0",
          })),
        "@attr": { artist: externalName(ctx.catalog, artist) },
      },
    }),
  );
}

/** A listener's top artists over a period, most played first, with Last.fm's paging. */
function getTopArtists(ctx: SandboxContext, url: URL): Reply {
  const p = url.searchParams;
  const user = p.get("user");
  if (!user) return lastfmError(400, 6, "Invalid parameters - Your request is missing a required parameter");
  const limit = positive(p.get("limit"), 50);
  const page = positive(p.get("page"), 1);
  if (limit === null || page === null) return lastfmError(400, 6, "Invalid parameters - limit and page must be positive integers");
  if (user.toLowerCase() === LASTFM_PRIVATE_USER) return lastfmError(403, 17, "Login: User required to be logged in");
  const listener = listenerByProfile(ctx.catalog.listeners, user, lastfmUserOf);
  if (!listener) return lastfmError(ctx.knobs().lastfmNotFoundStatus, 6, "User not found");
  // Last.fm answers an unknown period as "overall".
  const period = Object.hasOwn(LASTFM_PERIODS, p.get("period") ?? "") ? p.get("period")! : "overall";
  const ids = listener.topArtistIds[LASTFM_PERIODS[period]!];
  const artists = ids.flatMap((id) => ctx.lookup.artistsById.get(id) ?? []);
  const shown = artists.slice((page - 1) * limit, page * limit);
  return json(200, {
    topartists: {
      artist: shown.map((a, i) => {
        const rank = (page - 1) * limit + i + 1;
        const name = externalName(ctx.catalog, a);
        return {
          streamable: "0",
          image: IMAGE_SIZES.map((size) => ({ size, "#text": "" })),
          mbid: mbid(a.id),
          url: artistUrl(name),
          playcount: String(Math.round(2000 / rank) + artists.length - rank),
          "@attr": { rank: String(rank) },
          name,
        };
      }),
      "@attr": { user: lastfmUserOf(listener), totalPages: String(Math.max(1, Math.ceil(artists.length / limit))), page: String(page), perPage: String(limit), total: String(artists.length) },
    },
  });
}

function positive(raw: string | null, def: number): number | null {
  if (raw === null || raw === "") return def;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Matches a path below /lastfm (the API root is "/2.0/"). */
export function matchLastfm(ctx: SandboxContext, method: string, sub: string, url: URL): Route {
  const p = url.searchParams;
  const apiMethod = (p.get("method") ?? "").toLowerCase();
  const artist = p.get("artist") ?? "";
  const subject = apiMethod === "user.gettopartists" ? `user=${p.get("user") ?? ""}&period=${p.get("period") ?? ""}` : `artist=${artist}`;
  return routesOf("lastfm", method)(
    `${sub}?method=${apiMethod}`,
    `${sub}?method=${apiMethod}&${subject}&limit=${p.get("limit") ?? ""}&autocorrect=${p.get("autocorrect") ?? ""}`,
    `${sub}?method=${apiMethod}&${subject}`,
    () => {
      if (method !== "GET" || (sub !== "/2.0/" && sub !== "/2.0")) return lastfmError(400, 3, "Invalid Method - No method with that name in this package");
      const key = p.get("api_key");
      if (!key || !ctx.config.lastfmApiKeys.includes(key)) return lastfmError(403, 10, "Invalid API key - You must be granted a valid key by last.fm");
      if (apiMethod !== "artist.getsimilar" && apiMethod !== "user.gettopartists") return lastfmError(400, 3, "Invalid Method - No method with that name in this package");
      // The real API answers XML without format=json; the sandbox speaks JSON only.
      if (p.get("format") !== "json") return lastfmError(400, 6, "Invalid parameters - the sandbox serves format=json only");
      return apiMethod === "user.gettopartists" ? getTopArtists(ctx, url) : getSimilar(ctx, url);
    },
  );
}
