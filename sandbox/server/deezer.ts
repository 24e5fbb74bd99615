// Deezer stand-in under /deezer (https://api.deezer.com): artist search and related artists.
// No key. Errors come as HTTP 200 with {"error":{type,message,code}}, including the quota
// (code 4, knob deezerQuota per 5 s); only the CDN's 5xx faults are real HTTP errors.
import { foldName } from "../catalog/name-variants";
import type { CatalogArtist } from "../catalog/types";
import { memoReply, type SandboxContext } from "./context";
import type { Fault } from "./faults";
import { json, text, type Reply } from "./http";
import { routesOf, type Route } from "./route";

export function deezerError(type: string, message: string, code: number): Reply {
  return json(200, { error: { type, message, code } });
}

const quotaExceeded = () => deezerError("Exception", "Quota limit exceeded", 4);
const noData = () => deezerError("DataException", "no data", 800);

export function deezerFaultReply(fault: Fault): Reply | null {
  if (fault.kind === "rateLimited") return quotaExceeded();
  if (fault.kind === "error") {
    const title = { 500: "500 Internal Server Error", 502: "502 Bad Gateway", 503: "503 Service Temporarily Unavailable" }[fault.status];
    return text(fault.status, `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center></body></html>`, "text/html");
  }
  return null;
}

function artistObject(ctx: SandboxContext, a: CatalogArtist, deezerId: number) {
  const api = `${ctx.baseUrl}/deezer`;
  // Pictures are the sandbox's generated avatars (the real ones live on Deezer's CDN).
  const picture = `${ctx.baseUrl}/images/artist/${a.id}.svg`;
  return {
    id: deezerId,
    name: a.name,
    link: `https://www.deezer.com/artist/${deezerId}`,
    picture,
    picture_small: `${picture}?size=56`,
    picture_medium: `${picture}?size=250`,
    picture_big: `${picture}?size=500`,
    picture_xl: `${picture}?size=1000`,
    nb_album: ctx.lookup.albumsByArtistId.get(a.id)?.length ?? 0,
    nb_fan: Math.round(a.followers * 0.3),
    radio: true,
    tracklist: `${api}/artist/${deezerId}/top?limit=50`,
    type: "artist",
  };
}

type Paged = { ok: true; limit: number; index: number } | { ok: false; reply: Reply };
function paging(url: URL, defaultLimit: number): Paged {
  const num = (name: string, def: number) => {
    const raw = url.searchParams.get(name);
    return raw === null || raw === "" ? def : /^\d+$/.test(raw) ? Number(raw) : NaN;
  };
  const limit = num("limit", defaultLimit);
  const index = num("index", 0);
  if (Number.isNaN(limit) || Number.isNaN(index)) return { ok: false, reply: deezerError("ParameterException", "Wrong parameter type: limit or index", 500) };
  return { ok: true, limit: Math.min(Math.max(limit, 1), 100), index };
}

/** {data, total, prev?, next?} like Deezer's lists. */
function page(url: URL, all: unknown[], limit: number, index: number, base: string) {
  const link = (i: number) => {
    const q = new URLSearchParams(url.searchParams);
    q.set("index", String(i));
    q.set("limit", String(limit));
    return `${base}?${q.toString()}`;
  };
  return {
    data: all.slice(index, index + limit),
    total: all.length,
    ...(index > 0 ? { prev: link(Math.max(0, index - limit)) } : {}),
    ...(index + limit < all.length ? { next: link(index + limit) } : {}),
  };
}

const folded = new WeakMap<SandboxContext["catalog"], { artist: CatalogArtist; folded: string }[]>();

/** The artists Deezer has, with their folded names (kept once per catalog). */
function onDeezer(ctx: SandboxContext): { artist: CatalogArtist; folded: string }[] {
  let list = folded.get(ctx.catalog);
  if (!list) folded.set(ctx.catalog, (list = ctx.catalog.artists.filter((a) => a.deezerId !== null).map((artist) => ({ artist, folded: foldName(artist.name) }))));
  return list;
}

function search(ctx: SandboxContext, url: URL): Reply {
  const q = url.searchParams.get("q");
  if (!q || q.trim() === "") return deezerError("MissingParameterException", "Missing parameters: q", 501);
  const p = paging(url, 25);
  if (!p.ok) return p.reply;
  const folded = foldName(q);
  const words = folded.split(" ").filter(Boolean);
  const rank = (a: CatalogArtist) => {
    const name = foldName(a.name);
    return name === folded ? 0 : name.startsWith(folded) ? 1 : 2;
  };
  return memoReply(ctx, `deezer-search:${q}:${p.limit}:${p.index}`, () => {
    const hits = onDeezer(ctx)
      .filter(({ folded }) => words.every((w) => folded.includes(w)))
      .map(({ artist }) => artist)
      .sort((x, y) => rank(x) - rank(y) || y.followers - x.followers);
    const data = hits.map((a) => artistObject(ctx, a, a.deezerId as number));
    return json(200, page(url, data, p.limit, p.index, `${ctx.baseUrl}/deezer/search/artist`));
  });
}

function related(ctx: SandboxContext, url: URL, idRaw: string): Reply {
  const a = /^\d+$/.test(idRaw) ? ctx.lookup.artistsByDeezerId.get(Number(idRaw)) : undefined;
  if (!a) return noData();
  const p = paging(url, 20);
  if (!p.ok) return p.reply;
  return memoReply(ctx, `deezer-related:${a.id}:${p.limit}:${p.index}`, () => {
    const data = a.relatedIds
      .map((id) => ctx.lookup.artistsById.get(id))
      .filter((r): r is CatalogArtist => !!r && r.deezerId !== null)
      .map((r) => artistObject(ctx, r, r.deezerId as number));
    return json(200, page(url, data, p.limit, p.index, `${ctx.baseUrl}/deezer/artist/${a.deezerId}/related`));
  });
}

/** Matches a path below /deezer (e.g. "/search/artist", "/artist/27/related"). */
export function matchDeezer(ctx: SandboxContext, method: string, sub: string, url: URL): Route {
  const route = routesOf("deezer", method);
  // Every request counts against the quota, whatever it asks for.
  const mk = (endpoint: string, resource: string, decodedPath: string, handle: (url: URL) => Reply): Route =>
    route(endpoint, resource, decodedPath, (req) => (ctx.quotas.takeDeezer() ? handle(req.url) : quotaExceeded()));
  const segs = sub.split("/").slice(1);
  const p = url.searchParams;
  if (method === "GET" && sub === "/search/artist") {
    const q = p.get("q") ?? "";
    return mk("/search/artist", `/search/artist?q=${q}&limit=${p.get("limit") ?? ""}&index=${p.get("index") ?? ""}`, `/search/artist?q=${q}`, (u) => search(ctx, u));
  }
  if (method === "GET" && segs.length === 3 && segs[0] === "artist" && segs[2] === "related") {
    const id = segs[1] ?? "";
    return mk("/artist/{id}/related", `/artist/${id}/related?limit=${p.get("limit") ?? ""}&index=${p.get("index") ?? ""}`, `/artist/${id}/related`, (u) => related(ctx, u, id));
  }
  return mk(sub, sub, sub, () => deezerError("Exception", `Unknown path components : ${sub}`, 600));
}
