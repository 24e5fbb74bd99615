// Request dispatch: picks the upstream stand-in by path prefix, counts the request,
// applies latency and faults, and writes the handler's reply.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxContext } from "./context";
import { handleAdmin } from "./admin";
import { bandsintownFaultReply, matchBandsintown } from "./bandsintown";
import { deezerFaultReply, matchDeezer } from "./deezer";
import { embedReply } from "./embed";
import { json, readBody, text, type Reply } from "./http";
import { imageReply } from "./images";
import type { Upstream } from "./knobs";
import type { Fault } from "./faults";
import { lastfmFaultReply, matchLastfm } from "./lastfm";
import { listenbrainzFaultReply, matchListenbrainz } from "./listenbrainz";
import { matchReccobeats, reccobeatsFaultReply } from "./reccobeats";
import type { Route } from "./route";
import { accountsFaultReply, createAccounts } from "./spotify-accounts";
import { matchSpotify, spotifyFaultReply } from "./spotify-web-api";
import { matchTicketmaster, ticketmasterFaultReply } from "./ticketmaster";

const TIMEOUT_HOLD_MS = 60_000;

/** The reply a fault gets, in each upstream's own error shape (null: no reply, e.g. timeout or malformed). */
const FAULT_REPLIES: Record<Upstream, (fault: Fault, route: Route) => Reply | null> = {
  spotify: spotifyFaultReply,
  bandsintown: bandsintownFaultReply,
  accounts: accountsFaultReply,
  lastfm: lastfmFaultReply,
  listenbrainz: listenbrainzFaultReply,
  deezer: deezerFaultReply,
  reccobeats: (fault, route) => reccobeatsFaultReply(fault, route.decodedPath.slice("/reccobeats".length)),
  ticketmaster: ticketmasterFaultReply,
};

function truncate(reply: Reply): Reply {
  const s = reply.body.toString();
  return { ...reply, body: s.slice(0, Math.max(1, Math.floor(s.length / 2))) };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createRouter(ctx: SandboxContext) {
  const matchAccounts = createAccounts(ctx);
  const log = process.env.SANDBOX_LOG === "1";

  function resolve(method: string, pathname: string, url: URL): Route | { direct: (body: string) => Reply } {
    const sub = (prefix: string) => pathname.slice(prefix.length) || "/";
    if (pathname === "/spotify" || pathname.startsWith("/spotify/")) return matchSpotify(ctx, method, sub("/spotify"), url);
    if (pathname === "/bandsintown" || pathname.startsWith("/bandsintown/")) return matchBandsintown(ctx, method, sub("/bandsintown"), url);
    if (pathname === "/accounts" || pathname.startsWith("/accounts/")) return matchAccounts(method, sub("/accounts"));
    if (pathname === "/lastfm" || pathname.startsWith("/lastfm/")) return matchLastfm(ctx, method, sub("/lastfm"), url);
    if (pathname === "/listenbrainz" || pathname.startsWith("/listenbrainz/")) return matchListenbrainz(ctx, method, sub("/listenbrainz"), url);
    if (pathname === "/deezer" || pathname.startsWith("/deezer/")) return matchDeezer(ctx, method, sub("/deezer"), url);
    if (pathname === "/reccobeats" || pathname.startsWith("/reccobeats/")) return matchReccobeats(ctx, method, sub("/reccobeats"), url);
    if (pathname === "/ticketmaster" || pathname.startsWith("/ticketmaster/")) return matchTicketmaster(ctx, method, sub("/ticketmaster"), url);
    if (pathname.startsWith("/__sandbox/"))
      return { direct: (body) => handleAdmin(ctx, method, sub("/__sandbox"), { method, url, headers: {}, body }) };
    const img = /^\/images\/([^/]+)\/([^/]+)$/.exec(pathname);
    if (img && method === "GET") return { direct: () => imageReply(ctx, img[1] ?? "", img[2] ?? "") };
    const emb = /^\/embed\/([^/]+)\/([^/]+)$/.exec(pathname);
    if (emb && method === "GET") return { direct: () => embedReply(ctx, emb[1] ?? "", emb[2] ?? "") };
    if (pathname === "/" && method === "GET")
      return {
        direct: () =>
          json(200, {
            name: "Gigscovery sandbox (demo data, not Spotify, Bandsintown, Last.fm, ListenBrainz, Deezer, ReccoBeats or Ticketmaster)",
            accounts: `${ctx.baseUrl}/accounts`,
            spotify: `${ctx.baseUrl}/spotify/v1`,
            bandsintown: `${ctx.baseUrl}/bandsintown`,
            lastfm: `${ctx.baseUrl}/lastfm/2.0/`,
            listenbrainz: `${ctx.baseUrl}/listenbrainz`,
            deezer: `${ctx.baseUrl}/deezer`,
            reccobeats: `${ctx.baseUrl}/reccobeats/v1`,
            ticketmaster: `${ctx.baseUrl}/ticketmaster/discovery/v2`,
            embed: `${ctx.baseUrl}/embed`,
            admin: `${ctx.baseUrl}/__sandbox/health`,
          }),
      };
    return { direct: () => text(404, "Not found") };
  }

  function write(res: ServerResponse, reply: Reply, method: string): void {
    if (res.writableEnded || res.destroyed) return;
    const body = typeof reply.body === "string" ? Buffer.from(reply.body, "utf8") : reply.body;
    res.writeHead(reply.status, { ...reply.headers, "content-length": String(body.length) });
    res.end(method === "HEAD" ? undefined : body);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const method = (req.method ?? "GET").toUpperCase();
    const rawUrl = req.url ?? "/";
    const url = new URL(rawUrl, ctx.baseUrl);
    // Keep the raw (still percent-encoded) path: Bandsintown names need their own decoding.
    const rawPath = rawUrl.split("?")[0] ?? "/";
    const route = resolve(method, rawPath, url);
    let status = "0";
    if (log) res.on("finish", () => console.log(`[sandbox] ${method} ${url.pathname} ${res.statusCode} ${Date.now() - started}ms`));
    try {
      const body = method === "POST" || method === "PUT" ? await readBody(req) : "";
      if ("direct" in route) {
        write(res, route.direct(body), method);
        return;
      }
      const upstream = route.upstream;
      if (!upstream) {
        write(res, await route.handle({ method, url, headers: req.headers, body }), method);
        return;
      }
      const done = ctx.counters.begin(upstream, route.endpoint, route.resource);
      res.on("close", () => done(status));
      const fault = ctx.faults.decide(upstream, route.decodedPath);
      const delay = ctx.faults.delayMs();
      if (fault.kind === "timeout") {
        status = "timeout";
        // Never answer: hold the socket until the client gives up (or 60 s pass).
        const timer = setTimeout(() => req.socket.destroy(), TIMEOUT_HOLD_MS);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      // Build the reply first, then answer `delay` after arrival: like a real upstream serving
      // requests in parallel, a burst does not queue behind this one thread's JSON work.
      let reply = FAULT_REPLIES[upstream](fault, route) ?? (await route.handle({ method, url, headers: req.headers, body }));
      if (fault.kind === "malformed" && reply.status === 200) reply = truncate(reply);
      const wait = started + delay - Date.now();
      if (wait > 0) await sleep(wait);
      if (res.destroyed) {
        status = "aborted";
        return;
      }
      status = String(reply.status);
      write(res, reply, method);
    } catch (err) {
      status = "500";
      if (log) console.error("[sandbox] handler error", err);
      write(res, json(500, { error: { status: 500, message: "Sandbox internal error" } }), method);
    }
  };
}
