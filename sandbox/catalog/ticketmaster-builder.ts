// The Ticketmaster listing's model and the helpers that build it (ids, venues, attractions, prices),
// shared by the base catalog's listing (ticketmaster-events.ts) and the city scenes' (ticketmaster-scenes.ts).
import { zonedToUtc } from "./dates";
import { externalName } from "./name-variants";
import { type Rng, hashFraction, hashString, pick } from "./random";
import type { TicketmasterClassification } from "./ticketmaster-classifications";
import type { Catalog, CatalogArtist, CatalogCity, CatalogVenue } from "./types";

export const SPOTIFY_LINK_SHARE = 0.6;

/**
 * What a listing is: a base catalog artist's show ("catalog"), a city scene's show ("scene": a touring
 * act's Bandsintown show or a local act's gig), a tribute act, a local act not on Spotify, or no music.
 */
export type TicketmasterEventKind = "catalog" | "scene" | "tribute" | "local" | "non-music";
type TicketmasterStatus = "onsale" | "offsale" | "cancelled" | "postponed" | "rescheduled";

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
  /** The catalog genre of the music it plays (a tribute act's: its idol's), which its classification names; null for others. */
  genre: string | null;
}

export interface TicketmasterEvent extends TicketmasterClassification {
  id: string;
  name: string;
  kind: TicketmasterEventKind;
  /** The Bandsintown (catalog) event this lists, for kinds "catalog" and "scene" (null for a local act's gig). */
  sourceEventId: string | null;
  /** The catalog artist a tribute act imitates, for kind "tribute". */
  tributeOf: string | null;
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

const CURRENCIES: Record<string, [string, number]> = {
  GB: ["GBP", 1], US: ["USD", 1.2], CA: ["CAD", 1.5], MX: ["MXN", 20], BR: ["BRL", 6], AR: ["ARS", 1000], JP: ["JPY", 170], KR: ["KRW", 1500],
  AU: ["AUD", 1.8], ZA: ["ZAR", 20], SE: ["SEK", 12], NO: ["NOK", 12], DK: ["DKK", 8], GL: ["DKK", 8], IS: ["ISK", 150], CH: ["CHF", 1],
  CZ: ["CZK", 25], PL: ["PLN", 4.5], HU: ["HUF", 400], TR: ["TRY", 35],
};

const STREETS = ["Market Street", "Harbour Road", "Station Square", "Canal Street", "Park Avenue", "Mill Lane", "Church Street", "High Street", "Bridge Road"];
const TRIBUTE_FORMS = ["A Tribute to {n}", "{n} Tribute Band", "The {n} Experience"];
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A Ticketmaster-looking id: a fixed prefix plus base62 characters derived from a label. */
export function tmId(prefix: string, label: string, length: number): string {
  const codes: number[] = [];
  for (let k = 0; codes.length < length; k++) {
    let h = hashString(`${label}:${k}`);
    for (let j = 0; j < 5 && codes.length < length; j++, h = Math.floor(h / 62)) codes.push(BASE62.charCodeAt(h % 62));
  }
  return prefix + String.fromCharCode(...codes);
}

export function tributeName(rng: Rng, artist: CatalogArtist): string {
  const n = artist.name.startsWith("The ") ? artist.name.slice(4) : artist.name;
  return pick(rng, TRIBUTE_FORMS).replace("{n}", n);
}

export interface Builder {
  /** The catalog whose artists' spellings the attractions use. */
  catalog: Catalog;
  rng: Rng;
  artistsById: Map<string, CatalogArtist>;
  cityByName: Map<string, CatalogCity>;
  /** Ordinary (non-festival) venues per city, by name. */
  venuesByCity: Map<string, CatalogVenue[]>;
  eventIds: Set<string>;
  /** Ticketmaster venues by city and name, so events at one venue share it. */
  venues: Map<string, TicketmasterVenue>;
  out: TicketmasterEvent[];
}

export function venueOf(b: Builder, v: CatalogVenue): TicketmasterVenue {
  const key = `tm-venue:${v.city}:${v.name}`;
  let venue = b.venues.get(key);
  if (venue) return venue;
  const city = b.cityByName.get(v.city);
  const h = hashString(key);
  venue = {
    id: tmId("KovZ", key, 8),
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
  b.venues.set(key, venue);
  return venue;
}

/** A catalog artist as an attraction, in Ticketmaster's spelling, with their Spotify link for `linkShare` of artists. */
export function attractionOf(b: Builder, a: CatalogArtist, linkShare = SPOTIFY_LINK_SHARE): TicketmasterAttraction {
  return {
    id: tmId("K8vZ917", `tm-attraction:${a.id}`, 5),
    name: externalName(b.catalog, a),
    artistId: a.id,
    spotifyLink: hashFraction(`tm-link:${b.catalog.seed}:${a.id}`) < linkShare,
    genre: a.genre,
  };
}

export function otherAttraction(name: string, genre: string | null = null): TicketmasterAttraction {
  return { id: tmId("K8vZ917", `tm-attraction:${name}`, 5), name, artistId: null, spotifyLink: false, genre };
}

function priceRange(key: string, countryCode: string): TicketmasterEvent["priceRange"] {
  if (hashFraction(`tm-price:${key}`) < 0.5) return null;
  const [currency, scale] = CURRENCIES[countryCode] ?? ["EUR", 1];
  const min = Math.round((18 + 40 * hashFraction(`tm-min:${key}`)) * scale);
  return { currency, min, max: Math.round(min * (1.3 + hashFraction(`tm-max:${key}`))) };
}

/** Adds an event under an id derived from `key`; its status is drawn by `key` unless given. */
export function add(
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
