// Bandsintown v3 stand-in under /bandsintown (https://rest.bandsintown.com).
import type { CatalogArtist, CatalogEvent } from "../catalog/types";
import { lowerName } from "../catalog/index";
import { memoReply, type SandboxContext } from "./context";
import type { Fault } from "./faults";
import { json, text, type Reply } from "./http";
import type { RequestInfo, Route } from "./route";
import { routesOf, safeDecode } from "./route";

export function bandsintownFaultReply(fault: Fault): Reply | null {
  if (fault.kind === "rateLimited") return json(429, { message: "Too Many Requests" }, { "retry-after": String(fault.retryAfter) });
  if (fault.kind === "error") return json(fault.status, { message: { 500: "Internal server error", 502: "Bad Gateway", 503: "Service Unavailable" }[fault.status] });
  return null;
}

/**
 * Decodes an artist name path segment the way Bandsintown does: percent-decode once, then
 * Bandsintown's own codes (%2F -> /, %3F -> ?, %2A -> *, %22 -> ", and the spec's typo %27C -> ").
 * A client therefore sends "AC%252FDC" for "AC/DC". Returns null when the once-decoded segment
 * holds a raw "/" or "?" (the real gateway would route that elsewhere).
 */
export function decodeArtistName(segment: string): string | null {
  const once = safeDecode(segment);
  if (once.includes("/") || once.includes("?")) return null;
  return once
    .replace(/%27C/gi, '"')
    .replace(/%2F/gi, "/")
    .replace(/%3F/gi, "?")
    .replace(/%2A/gi, "*")
    .replace(/%22/gi, '"');
}

export function bandsintownEventObject(ctx: SandboxContext, e: CatalogEvent, artist: CatalogArtist, appId: string) {
  const lineup = e.artistIds.map((id) => ctx.lookup.artistsById.get(id)?.name).filter((n): n is string => !!n);
  const v = e.venue;
  return {
    id: e.id,
    artist_id: artist.bandsintownId,
    url: `https://www.bandsintown.com/e/${e.id}?app_id=${encodeURIComponent(appId)}&came_from=267&utm_medium=api&utm_source=public_api&utm_campaign=event`,
    on_sale_datetime: e.onSaleDatetime,
    datetime: e.datetime,
    starts_at: e.datetime,
    title: e.title,
    description: e.description,
    venue: {
      name: v.name,
      latitude: v.latitude,
      longitude: v.longitude,
      city: v.city,
      region: v.region,
      country: v.country,
      location: [v.city, v.region, v.country].filter(Boolean).join(", "),
    },
    offers: e.offers.map((o) => ({ type: o.type, url: o.url, status: o.status })),
    lineup,
    ...(e.festival ? { festival_start_date: e.festival.startDate, festival_end_date: e.festival.endDate } : {}),
  };
}

export function bandsintownArtistObject(ctx: SandboxContext, a: CatalogArtist) {
  const today = ctx.catalog.today;
  const upcoming = (ctx.lookup.eventsByArtistId.get(a.id) ?? []).filter((e) => e.datetime.slice(0, 10) >= today).length;
  const slug = encodeURIComponent(a.name);
  return {
    id: Number(a.bandsintownId),
    name: a.name,
    url: `https://www.bandsintown.com/a/${a.bandsintownId}?came_from=267&utm_medium=api&utm_source=public_api&utm_campaign=artist`,
    mbid: "",
    options: { display_listen_unit: false },
    artist_optin_show_phone_number: false,
    show_multi_ticket: true,
    image_url: `${ctx.baseUrl}/images/artist/${a.id}.svg`,
    thumb_url: `${ctx.baseUrl}/images/artist/${a.id}.svg`,
    facebook_page_url: `https://www.facebook.com/${slug}`,
    tracker_count: Math.round(a.followers / 20),
    upcoming_event_count: upcoming,
    support_url: "",
    links: [{ type: "spotify", url: `https://open.spotify.com/artist/${a.id}` }],
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type DateFilter = ((localDate: string) => boolean) | null;
function dateFilter(raw: string | null, today: string): DateFilter {
  const d = (raw ?? "upcoming").trim().toLowerCase();
  if (d === "upcoming" || d === "") return (x) => x >= today;
  if (d === "past") return (x) => x < today;
  if (d === "all") return () => true;
  const m = /^(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})$/.exec(d);
  if (m && m[1] && m[2] && DATE.test(m[1]) && DATE.test(m[2])) {
    const [from, to] = [m[1], m[2]];
    return (x) => x >= from && x <= to;
  }
  return null;
}

function notFound(ctx: SandboxContext): Reply {
  switch (ctx.knobs().bandsintownNotFound) {
    case "200":
      return json(200, { errorMessage: "[NotFound] The artist was not found" });
    case "legacy":
      return json(404, { errors: ["Unknown Artist"] });
    case "warn":
      return text(200, "{warn=Not found}");
    default:
      return json(404, { errorMessage: "[NotFound] The artist was not found" });
  }
}

const missingToken = (): Reply => json(403, { message: "Missing Authentication Token" });

const explicitDeny = (): Reply => json(403, { Message: "User is not authorized to access this resource with an explicit deny" });

function checkAppId(ctx: SandboxContext, req: RequestInfo): Reply | string {
  if (!ctx.knobs().bandsintownEnabled) return explicitDeny();
  const appId = req.url.searchParams.get("app_id");
  if (appId === null || appId === "") return missingToken();
  if (!ctx.config.bandsintownAppIds.includes(appId)) return explicitDeny();
  return appId;
}

/** Matches a path below /bandsintown (e.g. "/artists/AC%252FDC/events"). */
export function matchBandsintown(ctx: SandboxContext, method: string, sub: string, url: URL): Route {
  const raw = sub.split("/").slice(1);
  const mk = routesOf("bandsintown", method);
  if (method === "GET" && raw[0] === "artists" && (raw.length === 2 || (raw.length === 3 && raw[2] === "events")) && raw[1]) {
    const name = decodeArtistName(raw[1]);
    const shown = name ?? safeDecode(raw[1]);
    // A scene's local acts have no Bandsintown page: unknown there, like any artist Bandsintown does not list.
    const find = () => {
      const a = name === null ? undefined : ctx.lookup.artistsByLowerName.get(lowerName(name));
      return a?.bandsintownId === null ? undefined : a;
    };
    if (raw.length === 2)
      return mk("/artists/{artistname}", `/artists/${shown}`, `/artists/${shown}`, (req) => {
        const app = checkAppId(ctx, req);
        if (typeof app !== "string") return app;
        const a = find();
        return a ? json(200, bandsintownArtistObject(ctx, a)) : notFound(ctx);
      });
    const date = url.searchParams.get("date") ?? "upcoming";
    return mk("/artists/{artistname}/events", `/artists/${shown}/events?date=${date}`, `/artists/${shown}/events`, (req) => {
      const app = checkAppId(ctx, req);
      if (typeof app !== "string") return app;
      const filter = dateFilter(req.url.searchParams.get("date"), ctx.catalog.today);
      if (!filter) return json(400, { errorMessage: "[BadRequest] Invalid date parameter" });
      const a = find();
      if (!a) return notFound(ctx);
      return memoReply(ctx, `events:${a.id}:${date}:${app}`, () => {
        const events = (ctx.lookup.eventsByArtistId.get(a.id) ?? []).filter((e) => filter(e.datetime.slice(0, 10)));
        return json(200, events.map((e) => bandsintownEventObject(ctx, e, a, app)));
      });
    });
  }
  return mk(sub, sub, safeDecode(sub), () => (ctx.knobs().bandsintownEnabled ? missingToken() : explicitDeny()));
}
