// Last.fm stand-in under /lastfm/2.0/ (https://ws.audioscrobbler.com/2.0/): artist.getSimilar only,
// JSON only. Names are spelled the Last.fm way (catalog/name-variants.ts); similar lists come from
// catalog/lastfm-similar.ts.
import { foldName, externalName } from "../catalog/name-variants";
import { lastfmSimilar } from "../catalog/lastfm-similar";
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

/** Matches a path below /lastfm (the API root is "/2.0/"). */
export function matchLastfm(ctx: SandboxContext, method: string, sub: string, url: URL): Route {
  const p = url.searchParams;
  const apiMethod = (p.get("method") ?? "").toLowerCase();
  const artist = p.get("artist") ?? "";
  return routesOf("lastfm", method)(
    `${sub}?method=${apiMethod}`,
    `${sub}?method=${apiMethod}&artist=${artist}&limit=${p.get("limit") ?? ""}&autocorrect=${p.get("autocorrect") ?? ""}`,
    `${sub}?method=${apiMethod}&artist=${artist}`,
    () => {
      if (method !== "GET" || (sub !== "/2.0/" && sub !== "/2.0")) return lastfmError(400, 3, "Invalid Method - No method with that name in this package");
      const key = p.get("api_key");
      if (!key || !ctx.config.lastfmApiKeys.includes(key)) return lastfmError(403, 10, "Invalid API key - You must be granted a valid key by last.fm");
      if (apiMethod !== "artist.getsimilar") return lastfmError(400, 3, "Invalid Method - No method with that name in this package");
      // The real API answers XML without format=json; the sandbox speaks JSON only.
      if (p.get("format") !== "json") return lastfmError(400, 6, "Invalid parameters - the sandbox serves format=json only");
      return getSimilar(ctx, url);
    },
  );
}
