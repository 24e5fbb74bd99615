// Ticketmaster Discovery v2 stand-in under /ticketmaster/discovery/v2 (https://app.ticketmaster.com/discovery/v2):
// GET /events.json and GET /events/{id}.json over catalog/ticketmaster-events.ts. Gateway errors (key, quota, spike arrest,
// outages) use Apigee's {"fault":...} body; Discovery's own 400s use {"errors":[...]}.
import { distanceKm } from "../../lib/geo/distance";
import { ticketmasterListing, ticketmasterListingParts } from "../catalog/ticketmaster-events";
import type { TicketmasterAttraction, TicketmasterEvent, TicketmasterVenue } from "../catalog/ticketmaster-builder";
import type { Catalog } from "../catalog/types";
import { genreId, musicClassification, segmentId, subGenreId, type TicketmasterClassification } from "../catalog/ticketmaster-classifications";
import { SCENE_RADIUS_KM } from "../catalog/scenes/city-scene";
import { hashString } from "../catalog/random";
import { memoJson, type SandboxContext } from "./context";
import type { Fault } from "./faults";
import { decodeGeohash } from "./geohash";
import { json, jsonListBytes, type Reply } from "./http";
import { routesOf, safeDecode, type Route } from "./route";

const EVENTS_PATH = "/discovery/v2/events.json";
/** An event by id, with or without the ".json" suffix (both answer JSON). */
const EVENT_PATH = /^\/discovery\/v2\/events\/([^/]+?)(?:\.json)?$/;
export const TICKETMASTER_MAX_SIZE = 200;
/** Used when a geo point comes without `radius` (Ticketmaster documents no default). */
export const TICKETMASTER_DEFAULT_RADIUS = 100;

function fault(status: number, faultstring: string, errorcode: string): Reply {
  return json(status, { fault: { faultstring, detail: { errorcode } } });
}

function discoveryError(code: string, detail: string): Reply {
  return json(400, { errors: [{ code, detail, status: "400", _links: { self: { href: EVENTS_PATH } } }] });
}

export function ticketmasterFaultReply(f: Fault): Reply | null {
  if (f.kind === "rateLimited") {
    const r = fault(
      429,
      "Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=5, periodInMicroseconds=1000000, maxBurstMessageCount=1.0}",
      "policies.ratelimit.SpikeArrestViolation",
    );
    return { ...r, headers: { ...r.headers, "retry-after": String(f.retryAfter) } };
  }
  if (f.kind === "error") return fault(503, "The Service is temporarily unavailable", "messaging.adaptors.http.flow.ServiceUnavailable");
  return null;
}

const STATE_NAMES: Record<string, string> = {
  NY: "New York", CA: "California", IL: "Illinois", TX: "Texas", TN: "Tennessee", LA: "Louisiana", WA: "Washington", GA: "Georgia",
  FL: "Florida", ON: "Ontario", QC: "Quebec", NSW: "New South Wales", VIC: "Victoria",
};
/** Ticketmaster gives a state only in these countries. */
const STATE_COUNTRIES = new Set(["US", "CA", "AU"]);

function classification(c: TicketmasterClassification) {
  return {
    primary: true,
    segment: { id: segmentId(c.segment), name: c.segment },
    genre: { id: genreId(c.genre), name: c.genre },
    subGenre: { id: subGenreId(c.subGenre), name: c.subGenre },
    family: c.family,
  };
}

function venueObject(v: TicketmasterVenue) {
  const state = STATE_COUNTRIES.has(v.countryCode) && v.region ? { state: { name: STATE_NAMES[v.region] ?? v.region, stateCode: v.region } } : {};
  return {
    name: v.name,
    type: "venue",
    id: v.id,
    test: false,
    locale: "en-us",
    timezone: v.timezone,
    city: { name: v.city },
    ...state,
    country: { name: v.country, countryCode: v.countryCode },
    address: { line1: v.address },
    location: { longitude: v.longitude, latitude: v.latitude },
    _links: { self: { href: `/discovery/v2/venues/${v.id}?locale=en-us` } },
  };
}

function attractionObject(a: TicketmasterAttraction, e: TicketmasterEvent) {
  return {
    name: a.name,
    type: "attraction",
    id: a.id,
    test: false,
    locale: "en-us",
    ...(a.spotifyLink && a.artistId ? { externalLinks: { spotify: [{ url: `https://open.spotify.com/artist/${a.artistId}` }] } } : {}),
    // An act is classified by its own music (a tribute act by its idol's); teams and shows like their event.
    classifications: [classification(a.genre ? musicClassification(a.genre) : e)],
    _links: { self: { href: `/discovery/v2/attractions/${a.id}?locale=en-us` } },
  };
}

function eventObject(ctx: SandboxContext, e: TicketmasterEvent) {
  const pictured = e.attractions.find((a) => a.artistId);
  return {
    name: e.name,
    type: "event",
    id: e.id,
    test: false,
    // Like the real API, the page URL does not contain the event id.
    url: `https://www.ticketmaster.com/event/${hashString(`url:${e.id}`).toString(16).padStart(8, "0")}${hashString(`url2:${e.id}`).toString(16).padStart(8, "0")}`,
    locale: "en-us",
    images: pictured ? [{ ratio: "16_9", url: `${ctx.baseUrl}/images/artist/${pictured.artistId}.svg`, width: 640, height: 360, fallback: false }] : [],
    sales: { public: { ...(e.onSaleDateTime ? { startDateTime: e.onSaleDateTime } : {}), startTBD: false, startTBA: false } },
    dates: {
      start: { localDate: e.localDate, localTime: e.localTime, dateTime: e.dateTime, dateTBD: false, dateTBA: false, timeTBA: false, noSpecificTime: false },
      ...(e.timezone ? { timezone: e.timezone } : {}),
      status: { code: e.status },
      spanMultipleDays: false,
    },
    classifications: [classification(e)],
    ...(e.priceRange ? { priceRanges: [{ type: "standard", ...e.priceRange }] } : {}),
    _links: {
      self: { href: `/discovery/v2/events/${e.id}?locale=en-us` },
      attractions: e.attractions.map((a) => ({ href: `/discovery/v2/attractions/${a.id}?locale=en-us` })),
      venues: [{ href: `/discovery/v2/venues/${e.venue.id}?locale=en-us` }],
    },
    _embedded: { venues: [venueObject(e.venue)], attractions: e.attractions.map((a) => attractionObject(a, e)) },
  };
}

const eventJson = (ctx: SandboxContext, e: TicketmasterEvent) => memoJson(ctx, `ticketmaster-event:${e.id}`, () => eventObject(ctx, e));

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const INT = /^\d+$/;
const SORTS: Record<string, (x: TicketmasterEvent, y: TicketmasterEvent) => number> = {
  "date,asc": (x, y) => (x.dateTime < y.dateTime ? -1 : x.dateTime > y.dateTime ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  "date,desc": (x, y) => y.dateTime.localeCompare(x.dateTime),
  "name,asc": (x, y) => x.name.localeCompare(y.name),
  "name,desc": (x, y) => y.name.localeCompare(x.name),
  "id,asc": (x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
};

type Query =
  | { ok: true; size: number; page: number; sort: string; start: string | null; end: string | null; near: Near | null; filter: (e: TicketmasterEvent) => boolean }
  | { ok: false; reply: Reply };

interface Near {
  point: { latitude: number; longitude: number };
  radiusKm: number;
}

function parseQuery(p: URLSearchParams): Query {
  const bad = (param: string) => ({ ok: false as const, reply: discoveryError("DIS1001", `Invalid value for query param "${param}"`) });
  const sizeRaw = p.get("size") ?? "20";
  const size = INT.test(sizeRaw) ? Number(sizeRaw) : NaN;
  if (!(size >= 1 && size <= TICKETMASTER_MAX_SIZE)) return { ok: false, reply: discoveryError("DIS1036", 'Query param "size" must be less than 200') };
  const pageRaw = p.get("page") ?? "0";
  if (!INT.test(pageRaw)) return bad("page");
  const page = Number(pageRaw);
  if (page * size >= 1000)
    return { ok: false, reply: discoveryError("DIS1035", "API Limits Exceeded: Max paging depth exceeded. (page * size) must be less than 1,000") };

  let point: { latitude: number; longitude: number } | null = null;
  const latlong = p.get("latlong");
  const geoPoint = p.get("geoPoint");
  if (latlong) {
    const [lat, lon] = latlong.split(",").map((s) => Number(s.trim()));
    if (lat === undefined || lon === undefined || !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return bad("latlong");
    point = { latitude: lat, longitude: lon };
  } else if (geoPoint) {
    point = decodeGeohash(geoPoint);
    if (!point) return bad("geoPoint");
  }
  const unit = p.get("unit") ?? "miles";
  if (unit !== "miles" && unit !== "km") return bad("unit");
  const radius = Number(p.get("radius") ?? TICKETMASTER_DEFAULT_RADIUS);
  if (!(radius >= 0)) return bad("radius");
  const radiusKm = unit === "km" ? radius : radius * 1.609344;

  const start = p.get("startDateTime");
  const end = p.get("endDateTime");
  if ((start !== null && !DATE_TIME.test(start)) || (end !== null && !DATE_TIME.test(end)))
    return { ok: false, reply: discoveryError("DIS1015", "Query param with date must be of valid format YYYY-MM-DDTHH:mm:ssZ {example: 2020-08-01T14:00:00Z }") };

  // classificationName matches any level of a classification: segment, genre or subGenre.
  const classes = (p.get("classificationName") ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const segments = (p.get("segmentId") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // The real default is relevance; the sandbox serves relevance (and anything else) in date order.
  const sort = SORTS[p.get("sort") ?? ""] ? (p.get("sort") as string) : "date,asc";

  const filter = (e: TicketmasterEvent) =>
    (classes.length === 0 || classes.includes(e.segment.toLowerCase()) || classes.includes(e.genre.toLowerCase()) || classes.includes(e.subGenre.toLowerCase())) &&
    (segments.length === 0 || segments.includes(segmentId(e.segment))) &&
    (point === null || distanceKm(point, { latitude: Number(e.venue.latitude), longitude: Number(e.venue.longitude) }) <= radiusKm);
  return { ok: true, size, page, sort, start, end, near: point === null ? null : { point, radiusKm }, filter };
}

/** Index of the first event of a part (sorted by dateTime) not before `dateTime`. */
function firstFrom(part: TicketmasterEvent[], dateTime: string): number {
  let lo = 0;
  let hi = part.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((part[mid] as TicketmasterEvent).dateTime < dateTime) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events a query matches, in date order: only the parts of the listing near the place, only their events in the date range. */
function matching(ctx: SandboxContext, q: Extract<Query, { ok: true }>): TicketmasterEvent[] {
  const near = q.near;
  const parts = ticketmasterListingParts(ctx.catalog, near ? (c) => distanceKm(near.point, c) <= near.radiusKm + SCENE_RADIUS_KM : undefined);
  const found = parts.flatMap((part) => {
    const from = q.start === null ? 0 : firstFrom(part, q.start);
    // endDateTime is inclusive: everything up to the first event after it.
    const to = q.end === null ? part.length : firstFrom(part, `${q.end}\u0000`);
    return part.slice(from, to).filter(q.filter);
  });
  return parts.length > 1 ? found.sort(SORTS["date,asc"]) : found;
}

function links(p: URLSearchParams, page: number, size: number, totalPages: number) {
  const href = (n: number) => {
    const q = new URLSearchParams(p);
    q.delete("apikey");
    q.set("page", String(n));
    q.set("size", String(size));
    return { href: `${EVENTS_PATH}?${q.toString()}` };
  };
  if (totalPages === 0) return { self: href(page) };
  return {
    first: href(0),
    ...(page > 0 ? { prev: href(page - 1) } : {}),
    self: href(page),
    ...(page + 1 < totalPages ? { next: href(page + 1) } : {}),
    last: href(totalPages - 1),
  };
}

function searchEvents(ctx: SandboxContext, p: URLSearchParams): Reply {
  const key = p.get("apikey");
  if (!key || !ctx.config.ticketmasterApiKeys.includes(key)) return fault(401, "Invalid ApiKey", "oauth.v2.InvalidApiKey");
  const quota = ctx.quotas.takeTicketmaster(key);
  if (!quota)
    return fault(429, `Rate limit quota violation. Quota limit  exceeded. Identifier : ${key}`, "policies.ratelimit.QuotaViolation");
  const q = parseQuery(p);
  if (!q.ok) return q.reply;
  const all = matching(ctx, q);
  if (q.sort !== "date,asc") all.sort(SORTS[q.sort]);
  const totalPages = Math.ceil(all.length / q.size);
  const events = all.slice(q.page * q.size, (q.page + 1) * q.size).map((e) => eventJson(ctx, e));
  // Queries rarely repeat (startDateTime is usually "now"), so events are kept as JSON, not whole replies.
  const rest = JSON.stringify({ _links: links(p, q.page, q.size, totalPages), page: { size: q.size, totalElements: all.length, totalPages, number: q.page } });
  const body = events.length > 0 ? jsonListBytes(`{"_embedded":{"events":`, events, `},${rest.slice(1)}`) : rest;
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (quota.limit > 0)
    Object.assign(headers, { "rate-limit": String(quota.limit), "rate-limit-available": String(quota.available), "rate-limit-over": "0", "rate-limit-reset": String(quota.resetAt) });
  return { status: 200, headers, body };
}

const byId = new WeakMap<Catalog, Map<string, TicketmasterEvent>>();

/** Every listed event by id (the whole listing, every city's part, built on first use). */
function eventById(catalog: Catalog, id: string): TicketmasterEvent | undefined {
  let index = byId.get(catalog);
  if (!index) byId.set(catalog, (index = new Map(ticketmasterListing(catalog).map((e) => [e.id, e]))));
  return index.get(id);
}

/** GET /events/{id}: the event as the search lists it, or Discovery's 404. */
function getEvent(ctx: SandboxContext, p: URLSearchParams, id: string): Reply {
  const key = p.get("apikey");
  if (!key || !ctx.config.ticketmasterApiKeys.includes(key)) return fault(401, "Invalid ApiKey", "oauth.v2.InvalidApiKey");
  if (!ctx.quotas.takeTicketmaster(key))
    return fault(429, `Rate limit quota violation. Quota limit  exceeded. Identifier : ${key}`, "policies.ratelimit.QuotaViolation");
  const event = eventById(ctx.catalog, id);
  if (!event) {
    const self = { href: `/discovery/v2/events/${encodeURIComponent(id)}?locale=en-us` };
    return json(404, { errors: [{ code: "DIS1004", detail: `Resource not found with provided criteria (locale=en-us, id=${id})`, status: "404", _links: { self } }] });
  }
  return { status: 200, headers: { "content-type": "application/json; charset=utf-8" }, body: eventJson(ctx, event) };
}

/** Matches a path below /ticketmaster (e.g. "/discovery/v2/events.json"). */
export function matchTicketmaster(ctx: SandboxContext, method: string, sub: string, url: URL): Route {
  const p = url.searchParams;
  const shown = new URLSearchParams([...p].filter(([k]) => k !== "apikey").sort(([a], [b]) => a.localeCompare(b)));
  const resource = `${sub}?${shown.toString()}`;
  const mk = routesOf("ticketmaster", method);
  if (method === "GET" && sub === EVENTS_PATH) return mk(EVENTS_PATH, resource, sub, () => searchEvents(ctx, p));
  const one = EVENT_PATH.exec(sub);
  if (method === "GET" && one) return mk("/discovery/v2/events/{id}", resource, sub, () => getEvent(ctx, p, safeDecode(one[1]!)));
  return mk(sub, resource, sub, () => json(404, { errors: [{ code: "DIS1004", detail: "Resource not found", status: "404", _links: { self: { href: sub } } }] }));
}
