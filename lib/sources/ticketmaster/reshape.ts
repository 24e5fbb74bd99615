import type { z } from "zod";
import { parseCoordinate } from "@/lib/geo/coordinate";
import type { AreaConcert, ConcertStatus, Offer, Performer, PriceRange } from "@/lib/domain/types";
import { spotifyIdFromLink } from "../spotify-links";
import type { rawAttraction, rawEvent } from "./raw-types";

type RawEvent = z.infer<typeof rawEvent>;

// Ticketmaster's dates.status.code in the words our offers use (as Bandsintown's).
// (Maps, not objects: a code such as "constructor" must not find Object's own properties.)
const OFFER_STATUS = new Map([
  ["onsale", "available"],
  ["offsale", "sold out"],
  ["postponed", "postponed"],
  ["rescheduled", "rescheduled"],
]);
// ... and in ours, for the listing as a whole.
const STATUS = new Map<string, ConcertStatus>([
  ["onsale", "on_sale"],
  ["offsale", "sold_out"],
  ["cancelled", "cancelled"],
  ["canceled", "cancelled"],
  ["postponed", "postponed"],
  ["rescheduled", "rescheduled"],
]);

/**
 * A Ticketmaster event found by place as our concert with its performers; null when it cannot be
 * one: cancelled, or no venue coordinates (we could not place it on the map or measure its distance).
 */
export function reshapeEvent(raw: RawEvent): AreaConcert | null {
  const concert = reshapeListing(raw);
  return concert?.status === "cancelled" ? null : concert;
}

/** Any Ticketmaster event as our concert, cancelled ones too (a concert's own page says so); null without venue coordinates. */
export function reshapeListing(raw: RawEvent): AreaConcert | null {
  const status = raw.dates.status?.code.toLowerCase();
  const venue = raw._embedded?.venues[0];
  const latitude = parseCoordinate(venue?.location?.latitude);
  const longitude = parseCoordinate(venue?.location?.longitude);
  if (!venue || latitude === null || longitude === null) return null;
  const attractions = raw._embedded?.attractions ?? [];
  const price = priceRangeOf(raw);
  const timezone = raw.dates.timezone ?? venue.timezone;
  return {
    id: raw.id,
    source: "ticketmaster",
    sourceArtistId: attractions[0]?.id ?? "",
    datetime: `${raw.dates.start.localDate}T${localTime(raw.dates.start.localTime)}`,
    title: raw.name,
    description: raw.info ?? raw.pleaseNote ?? "",
    url: raw.url,
    offers: raw.url ? [offer(raw.url, status)] : [],
    lineup: attractions.map((a) => a.name),
    venue: {
      name: venue.name,
      city: venue.city?.name ?? "",
      region: venue.state?.name ?? "",
      country: venue.country?.name ?? "",
      latitude,
      longitude,
    },
    performers: attractions.map(performer),
    genres: genresOf(raw),
    ...(status && STATUS.has(status) ? { status: STATUS.get(status) } : {}),
    ...(price ? { priceRange: price } : {}),
    ...(timezone ? { timezone } : {}),
  };
}

/** The cheapest and dearest ticket over the listing's ranges in its first currency; undefined without prices. */
function priceRangeOf(raw: RawEvent): PriceRange | undefined {
  const currency = raw.priceRanges?.[0]?.currency;
  const ranges = (raw.priceRanges ?? []).filter((r) => r.currency === currency);
  const prices = ranges.flatMap((r) => [r.min, r.max]).filter((n): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0);
  if (!currency || prices.length === 0) return undefined;
  return { min: Math.min(...prices), max: Math.max(...prices), currency };
}

/** Names that say nothing about the music. */
const NO_GENRE = new Set(["undefined", "other", "miscellaneous", ""]);

/** The genre and sub-genre names of the event's classification (the primary one first), without placeholders. */
function genresOf(raw: RawEvent): string[] {
  const ordered = [...raw.classifications].sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false));
  const names = ordered.flatMap((c) => [c.genre?.name, c.subGenre?.name]).filter((n): n is string => !!n && !NO_GENRE.has(n.trim().toLowerCase()));
  return [...new Set(names.map((n) => n.trim()))];
}

function localTime(time: string | undefined): string {
  if (!time) return "00:00:00";
  return /^\d{2}:\d{2}$/.test(time) ? `${time}:00` : time;
}

function offer(url: string, status: string | undefined): Offer {
  return { type: "Tickets", url, status: status ? (OFFER_STATUS.get(status) ?? status) : "" };
}

function performer(a: z.infer<typeof rawAttraction>): Performer {
  const links = a.externalLinks?.spotify ?? [];
  const spotifyId = links.map((l) => spotifyIdFromLink(l.url, "artist")).find((id) => id !== null) ?? null;
  return { name: a.name, spotifyId };
}
