// iCalendar files for concerts. Times are the venue's wall-clock time written as
// "floating" local times (no TZID, no Z): the event source gives no offset, so a calendar
// shows the time the doors say wherever the listener is.
import { createEvents, type EventAttributes, type EventStatus } from "ics";
import type { MixConcertOut } from "@/lib/validations/responses";

const PRODUCT_ID = "gigscovery/concerts";
/** Concerts have no end time in the source; calendars get a typical evening. */
const DEFAULT_DURATION = { hours: 3 } as const;

/** "2026-11-23T19:00:00" → "20261123T190000" (kept as written: no time zone conversion). */
export function floatingDateTime(datetime: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(datetime);
  if (!m) throw new RangeError(`Not a date-time: ${datetime}`);
  const [, y, mo, d, h = "00", mi = "00", s = "00"] = m;
  return `${y}${mo}${d}T${h}${mi}${s}`;
}

export function concertTitle(c: MixConcertOut): string {
  const names = c.artists.map((a) => a.name);
  const who = names.length ? names.join(", ") : (c.lineup[0] ?? c.title ?? "Concert");
  return `${who} at ${c.venue.name}`;
}

export function concertLocation(c: MixConcertOut): string {
  const v = c.venue;
  return [v.name, v.city, v.region && v.region !== v.city ? v.region : null, v.country]
    .filter((x): x is string => !!x && x.trim() !== "")
    .join(", ");
}

export function ticketUrl(c: MixConcertOut): string | null {
  const tickets = c.offers.find((o) => o.type.toLowerCase() === "tickets") ?? c.offers[0];
  return tickets?.url ?? null;
}

/** RFC 5545's STATUS for the listing's: a cancelled show is CANCELLED, a postponed or rescheduled one TENTATIVE. */
export function calendarStatus(status: MixConcertOut["status"]): EventStatus {
  if (status === "cancelled") return "CANCELLED";
  if (status === "postponed" || status === "rescheduled") return "TENTATIVE";
  return "CONFIRMED";
}

const STATUS_NOTE: Partial<Record<NonNullable<MixConcertOut["status"]>, string>> = {
  cancelled: "Cancelled.",
  postponed: "Postponed: the new date is not known yet.",
  rescheduled: "Rescheduled: check the date with the ticket seller.",
  sold_out: "Sold out.",
};

function description(c: MixConcertOut): string {
  const lines: string[] = [];
  const note = c.status && STATUS_NOTE[c.status];
  if (note) lines.push(note);
  if (c.title) lines.push(c.title);
  if (c.lineup.length) lines.push(`Lineup: ${c.lineup.join(", ")}`);
  const tickets = ticketUrl(c);
  if (tickets) lines.push(`Tickets: ${tickets}`);
  if (c.url) lines.push(`Event page: ${c.url}`);
  if (c.description) lines.push("", c.description);
  lines.push("", "Found with Gigscovery. Times are the venue's local time.");
  return lines.join("\n");
}

export function concertEvent(c: MixConcertOut): EventAttributes {
  return {
    uid: `${c.source}-${c.concert_id}@gigscovery`.replace(/[^A-Za-z0-9@._-]/g, "-"),
    productId: PRODUCT_ID,
    start: floatingDateTime(c.date),
    startInputType: "local",
    startOutputType: "local",
    duration: DEFAULT_DURATION,
    title: concertTitle(c),
    location: concertLocation(c),
    geo: { lat: c.venue.latitude, lon: c.venue.longitude },
    description: description(c),
    ...(c.url ? { url: c.url } : {}),
    status: calendarStatus(c.status),
    busyStatus: "BUSY",
    categories: ["Concert"],
  };
}

/** One calendar holding the given concerts (one VEVENT each); throws if ics refuses the data. */
export function concertsCalendar(concerts: readonly MixConcertOut[], calName?: string): string {
  if (concerts.length === 0) throw new RangeError("No concerts to put in a calendar.");
  const events = concerts.map(concertEvent);
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: "PUBLISH", ...(calName ? { calName } : {}) });
  if (error || !value) throw error ?? new Error("Could not build the calendar file.");
  return value;
}

/** A subscribed calendar (feed): like concertsCalendar, but it may be empty (no concerts in its window for now). */
export function feedCalendar(concerts: readonly MixConcertOut[], calName: string): string {
  const { error, value } = createEvents(concerts.map(concertEvent), { productId: PRODUCT_ID, method: "PUBLISH", calName });
  if (error || !value) throw error ?? new Error("Could not build the calendar feed.");
  return value;
}

/** A file name that is safe everywhere: "gigscovery-energetic-danceable.ics". */
export function calendarFileName(label: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `gigscovery-${slug || "concerts"}.ics`;
}
