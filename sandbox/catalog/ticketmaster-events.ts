// Ticketmaster's view of the demo catalog (upcoming events only, as in the Discovery API):
// - every festival day, every show in the demo cities over the next 90 days, and a hash-chosen ~70%
//   of the other upcoming Bandsintown shows, at the same venue (same coordinates) and the same
//   venue-local date and time, under Ticketmaster ids;
// - Ticketmaster-only music events: tribute acts near the real artists ("A Tribute to <Name>",
//   "<Name> Tribute Band", "The <Name> Experience"), including some in every demo city for each
//   persona's top artists, and local acts that are not on Spotify;
// - one sports and one theatre event in each bigger city (40+ upcoming shows) (found only without classificationName=music).
// Attractions of catalog artists use the Last.fm/Ticketmaster spelling (name-variants.ts); ~60% of
// those artists carry their Spotify link. The extras come from their own PRNG stream, so nothing
// else in the catalog changes.
import { DEMO_CITIES, offsetPoint } from "./cities";
import { addDays, daysBetween, zonedToUtc } from "./dates";
import { localActName } from "./lastfm-similar";
import { externalName } from "./name-variants";
import { type Rng, chance, hashFraction, hashString, pick, randInt, round, subRng } from "./random";
import type { Catalog, CatalogArtist, CatalogCity, CatalogEvent, CatalogVenue } from "./types";

export const TICKETMASTER_SHARE = 0.7;
/** Share listed in the demo cities over the next 90 days: all, so a Ticketmaster-only demo has plenty to show. */
export const TICKETMASTER_DEMO_SHARE = 1;
export const SPOTIFY_LINK_SHARE = 0.6;

export type TicketmasterSegment = "Music" | "Sports" | "Arts & Theatre";
export type TicketmasterEventKind = "catalog" | "tribute" | "local" | "non-music";
export type TicketmasterStatus = "onsale" | "offsale" | "cancelled" | "rescheduled";

export interface TicketmasterVenue {
  id: string;
  name: string;
  city: string;
  /** Region code as in the catalog ("NY", "BE", or ""). */
  region: string;
  country: string;
  countryCode: string;
  address: string;
  latitude: string;
  longitude: string;
  timezone: string;
}

export interface TicketmasterAttraction {
  id: string;
  name: string;
  /** The catalog (Spotify) artist, or null for tribute acts, local acts, teams and shows. */
  artistId: string | null;
  /** Whether externalLinks.spotify is present. */
  spotifyLink: boolean;
}

export interface TicketmasterEvent {
  id: string;
  name: string;
  kind: TicketmasterEventKind;
  /** The Bandsintown (catalog) event this lists, for kind "catalog". */
  sourceEventId: string | null;
  /** The catalog artist a tribute act imitates, for kind "tribute". */
  tributeOf: string | null;
  segment: TicketmasterSegment;
  genre: string;
  localDate: string;
  localTime: string;
  /** UTC, "YYYY-MM-DDTHH:mm:ssZ". */
  dateTime: string;
  /** dates.timezone; null on ~15% of events, as on the real API (the venue always has one). */
  timezone: string | null;
  status: TicketmasterStatus;
  /** UTC public on-sale start, when known. */
  onSaleDateTime: string | null;
  /** Present on about half of the events (the real API often leaves priceRanges out). */
  priceRange: { currency: string; min: number; max: number } | null;
  venue: TicketmasterVenue;
  attractions: TicketmasterAttraction[];
}

const GENRE_NAMES: Record<string, string> = {
  indie: "Alternative", punk: "Rock", metal: "Metal", techno: "Dance/Electronic", dnb: "Dance/Electronic", ambient: "Dance/Electronic",
  hiphop: "Hip-Hop/Rap", soul: "R&B", jazz: "Jazz", classical: "Classical", folk: "Folk", latin: "Latin", kpop: "Pop", country: "Country",
};

const CURRENCIES: Record<string, [string, number]> = {
  GB: ["GBP", 1], US: ["USD", 1.2], CA: ["CAD", 1.5], MX: ["MXN", 20], BR: ["BRL", 6], AR: ["ARS", 1000], JP: ["JPY", 170], KR: ["KRW", 1500],
  AU: ["AUD", 1.8], ZA: ["ZAR", 20], SE: ["SEK", 12], NO: ["NOK", 12], DK: ["DKK", 8], GL: ["DKK", 8], IS: ["ISK", 150], CH: ["CHF", 1],
  CZ: ["CZK", 25], PL: ["PLN", 4.5], HU: ["HUF", 400], TR: ["TRY", 35],
};

const STREETS = ["Market Street", "Harbour Road", "Station Square", "Canal Street", "Park Avenue", "Mill Lane", "Church Street", "High Street", "Bridge Road"];
const EVENING = ["19:00:00", "19:30:00", "20:00:00", "20:30:00", "21:00:00"];
const TRIBUTE_FORMS = ["A Tribute to {n}", "{n} Tribute Band", "The {n} Experience"];
const SHOWS = ["Lanterns: The Musical", "The Lighthouse Keeper", "A Midsummer Night's Dream", "Swan Lake", "The Clockmaker's Daughter", "Hamlet"];
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A Ticketmaster-looking id: a fixed prefix plus base62 characters derived from a label. */
function tmId(prefix: string, label: string, length: number): string {
  let out = prefix;
  for (let k = 0; out.length < prefix.length + length; k++) {
    let h = hashString(`${label}:${k}`);
    for (let j = 0; j < 5 && out.length < prefix.length + length; j++, h = Math.floor(h / 62)) out += BASE62[h % 62];
  }
  return out;
}

function tributeName(rng: Rng, artist: CatalogArtist): string {
  const n = artist.name.startsWith("The ") ? artist.name.slice(4) : artist.name;
  return pick(rng, TRIBUTE_FORMS).replace("{n}", n);
}

interface Builder {
  catalog: Catalog;
  rng: Rng;
  artistsById: Map<string, CatalogArtist>;
  cityByName: Map<string, CatalogCity>;
  /** Ordinary (non-festival) venues per city, by name. */
  venuesByCity: Map<string, CatalogVenue[]>;
  eventIds: Set<string>;
  out: TicketmasterEvent[];
}

function venueOf(b: Builder, v: CatalogVenue): TicketmasterVenue {
  const city = b.cityByName.get(v.city);
  const h = hashString(`tm-venue:${v.city}:${v.name}`);
  return {
    id: tmId("KovZ", `tm-venue:${v.city}:${v.name}`, 8),
    name: v.name,
    city: v.city,
    region: v.region,
    country: v.country,
    countryCode: city?.countryCode ?? "",
    address: `${1 + (h % 180)} ${STREETS[(h >>> 8) % STREETS.length]}`,
    latitude: v.latitude,
    longitude: v.longitude,
    timezone: city?.timezone ?? "UTC",
  };
}

function attractionOf(b: Builder, a: CatalogArtist): TicketmasterAttraction {
  return {
    id: tmId("K8vZ917", `tm-attraction:${a.id}`, 5),
    name: externalName(b.catalog, a),
    artistId: a.id,
    spotifyLink: hashFraction(`tm-link:${b.catalog.seed}:${a.id}`) < SPOTIFY_LINK_SHARE,
  };
}

function otherAttraction(name: string): TicketmasterAttraction {
  return { id: tmId("K8vZ917", `tm-attraction:${name}`, 5), name, artistId: null, spotifyLink: false };
}

function priceRange(key: string, countryCode: string): TicketmasterEvent["priceRange"] {
  if (hashFraction(`tm-price:${key}`) < 0.5) return null;
  const [currency, scale] = CURRENCIES[countryCode] ?? ["EUR", 1];
  const min = Math.round((18 + 40 * hashFraction(`tm-min:${key}`)) * scale);
  return { currency, min, max: Math.round(min * (1.3 + hashFraction(`tm-max:${key}`))) };
}

function add(
  b: Builder,
  key: string,
  e: Omit<TicketmasterEvent, "id" | "dateTime" | "timezone" | "priceRange" | "status" | "onSaleDateTime"> & Partial<Pick<TicketmasterEvent, "status" | "onSaleDateTime">>,
): void {
  let id = tmId("vvG1", `tm-event:${b.catalog.seed}:${key}`, 10);
  for (let k = 1; b.eventIds.has(id); k++) id = tmId("vvG1", `tm-event:${b.catalog.seed}:${key}:${k}`, 10);
  b.eventIds.add(id);
  const r = hashFraction(`tm-status:${key}`);
  b.out.push({
    id,
    ...e,
    dateTime: zonedToUtc(`${e.localDate}T${e.localTime}`, e.venue.timezone),
    timezone: hashFraction(`tm-tz:${key}`) < 0.15 ? null : e.venue.timezone,
    status: e.status ?? (r < 0.02 ? "cancelled" : r < 0.04 ? "rescheduled" : "onsale"),
    onSaleDateTime: e.onSaleDateTime ?? null,
    priceRange: priceRange(key, e.venue.countryCode),
  });
}

function listCatalogEvent(b: Builder, e: CatalogEvent): void {
  const artists = e.artistIds.map((id) => b.artistsById.get(id)).filter((a): a is CatalogArtist => !!a);
  const head = artists[0];
  if (!head) return;
  const venue = venueOf(b, e.venue);
  const localDate = e.datetime.slice(0, 10);
  const name = e.festival
    ? `${e.title} - Day ${daysBetween(e.festival.startDate, localDate) + 1}`
    : `${externalName(b.catalog, head)}${e.title ? `: ${e.title}` : ""}`;
  add(b, e.id, {
    name,
    kind: "catalog",
    sourceEventId: e.id,
    tributeOf: null,
    segment: "Music",
    genre: GENRE_NAMES[head.genre] ?? "Other",
    localDate,
    localTime: e.datetime.slice(11),
    ...(e.offers[0]?.status === "sold out" ? { status: "offsale" as const } : {}),
    onSaleDateTime: e.onSaleDatetime ? zonedToUtc(e.onSaleDatetime, venue.timezone) : null,
    venue,
    attractions: artists.map((a) => attractionOf(b, a)),
  });
}

function addTribute(b: Builder, artist: CatalogArtist, city: string, offset: number): void {
  const venues = b.venuesByCity.get(city);
  if (!venues?.length) return;
  const name = tributeName(b.rng, artist);
  add(b, `tribute:${artist.id}:${city}:${offset}`, {
    name,
    kind: "tribute",
    sourceEventId: null,
    tributeOf: artist.id,
    segment: "Music",
    genre: GENRE_NAMES[artist.genre] ?? "Other",
    localDate: addDays(b.catalog.today, offset),
    localTime: pick(b.rng, EVENING),
    venue: venueOf(b, pick(b.rng, venues)),
    attractions: [otherAttraction(name)],
  });
}

/** The chance that Ticketmaster lists an upcoming, non-festival catalog event. */
export function listedShare(catalog: Catalog, e: CatalogEvent): number {
  const demo = (DEMO_CITIES as readonly string[]).includes(e.venue.city) && daysBetween(catalog.today, e.datetime.slice(0, 10)) <= 90;
  return demo ? TICKETMASTER_DEMO_SHARE : TICKETMASTER_SHARE;
}

const cache = new WeakMap<Catalog, TicketmasterEvent[]>();

/** The Ticketmaster listing for a catalog, sorted by dateTime then id (memoized per catalog). */
export function ticketmasterListing(catalog: Catalog): TicketmasterEvent[] {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const byId = new Map(catalog.artists.map((a) => [a.id, a]));
  const b: Builder = {
    catalog,
    rng: subRng(catalog.seed, "ticketmaster"),
    artistsById: byId,
    cityByName: new Map(catalog.cities.map((c) => [c.name, c])),
    venuesByCity: new Map(),
    eventIds: new Set(),
    out: [],
  };
  for (const e of catalog.events) {
    if (e.festival) continue;
    const list = b.venuesByCity.get(e.venue.city) ?? [];
    if (!list.some((v) => v.name === e.venue.name)) list.push(e.venue);
    b.venuesByCity.set(e.venue.city, list);
  }
  for (const list of b.venuesByCity.values()) list.sort((x, y) => x.name.localeCompare(y.name));

  const upcoming = catalog.events.filter((e) => e.datetime.slice(0, 10) >= catalog.today);
  for (const e of upcoming) if (e.festival || hashFraction(`tm-list:${catalog.seed}:${e.id}`) < listedShare(catalog, e)) listCatalogEvent(b, e);

  // Tribute acts: ~8% of touring artists get one in the city of their next show, a few days later.
  const nextShow = new Map<string, CatalogEvent>();
  for (const e of upcoming) for (const id of e.artistIds) if (!nextShow.has(id)) nextShow.set(id, e);
  for (const a of catalog.artists) {
    const next = nextShow.get(a.id);
    if (!next || !chance(b.rng, 0.08)) continue;
    addTribute(b, a, next.venue.city, Math.min(365, daysBetween(catalog.today, next.datetime.slice(0, 10)) + randInt(b.rng, 3, 30)));
  }
  // ... and in every demo city, within 90 days, for each persona's top artists (traps for name matching).
  for (const l of catalog.listeners.filter((x) => x.id.startsWith("demo-"))) {
    DEMO_CITIES.forEach((city, k) => {
      const artist = byId.get(l.topArtistIds.medium_term[k % l.topArtistIds.medium_term.length] ?? "");
      if (artist) addTribute(b, artist, city, randInt(b.rng, 1, 85));
    });
  }

  // Local acts that are not on Spotify: about one for every 20 upcoming shows in a city.
  const genres = Object.keys(GENRE_NAMES);
  const used = new Set<string>();
  const showsIn = new Map<string, number>();
  for (const e of upcoming) showsIn.set(e.venue.city, (showsIn.get(e.venue.city) ?? 0) + 1);
  for (const [city, venues] of b.venuesByCity) {
    for (let n = 0; n < Math.max(1, Math.round((showsIn.get(city) ?? 0) / 20)); n++) {
      const name = localActName(catalog, `tm-local:${catalog.seed}:${city}:${n}`, used);
      used.add(name);
      add(b, `local:${city}:${n}`, {
        name,
        kind: "local",
        sourceEventId: null,
        tributeOf: null,
        segment: "Music",
        genre: GENRE_NAMES[pick(b.rng, genres)] ?? "Other",
        localDate: addDays(catalog.today, randInt(b.rng, 0, 365)),
        localTime: pick(b.rng, EVENING),
        venue: venueOf(b, pick(b.rng, venues)),
        attractions: [otherAttraction(name)],
      });
    }
  }

  // One sports and one theatre event in each city with at least 40 upcoming shows.
  for (const [city, venues] of b.venuesByCity) {
    if ((showsIn.get(city) ?? 0) < 40) continue;
    const c = b.cityByName.get(city);
    if (!c) continue;
    const us = c.countryCode === "US" || c.countryCode === "CA";
    const [lat, lon] = offsetPoint(c.latitude, c.longitude, 4, hashFraction(`tm-stadium:${city}`) * 2 * Math.PI);
    const stadium: CatalogVenue = { name: `${city} Stadium`, city, region: c.region, country: c.country, latitude: round(lat, 4).toFixed(4), longitude: round(lon, 4).toFixed(4) };
    const rival = pick(b.rng, catalog.cities.filter((x) => x.countryCode === c.countryCode && x.name !== city).map((x) => x.name).concat("Harbourside"));
    const name = us ? `${city} Comets vs. ${rival} Rangers` : `FC ${city} vs. ${rival} United`;
    add(b, `sports:${city}`, {
      name,
      kind: "non-music",
      sourceEventId: null,
      tributeOf: null,
      segment: "Sports",
      genre: us ? "Basketball" : "Soccer",
      localDate: addDays(catalog.today, randInt(b.rng, 1, 120)),
      localTime: pick(b.rng, ["15:00:00", "18:30:00", "20:00:00"]),
      venue: venueOf(b, stadium),
      attractions: name.split(" vs. ").map(otherAttraction),
    });
    const show = pick(b.rng, SHOWS);
    add(b, `theatre:${city}`, {
      name: show,
      kind: "non-music",
      sourceEventId: null,
      tributeOf: null,
      segment: "Arts & Theatre",
      genre: "Theatre",
      localDate: addDays(catalog.today, randInt(b.rng, 1, 120)),
      localTime: "19:30:00",
      venue: venueOf(b, pick(b.rng, venues)),
      attractions: [otherAttraction(show)],
    });
  }

  const out = b.out.sort((x, y) => x.dateTime.localeCompare(y.dateTime) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  cache.set(catalog, out);
  return out;
}
