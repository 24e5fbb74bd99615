// Date-only helpers. Dates are plain "YYYY-MM-DD" strings; arithmetic happens on UTC midnights
// so the server's timezone (and DST changes) can never shift a day.
import type { DateRange } from "@/lib/domain/types";

/** The longest search range we accept, in days (inclusive). */
export const MAX_RANGE_DAYS = 366;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;
const DAY_MS = 86_400_000;

/** Strict YYYY-MM-DD that names a real calendar day (2026-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC maps years 0..99 to 1900..1999; setUTCFullYear undoes that.
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function utcDay(s: string): number {
  if (!isIsoDate(s)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(s)}`);
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y);
  return Math.round(date.getTime() / DAY_MS);
}

/** Inclusive number of days (same day = 1); 0 when end is before begin. Throws on invalid dates. */
export function daysInRange(r: DateRange): number {
  return Math.max(0, utcDay(r.end) - utcDay(r.begin) + 1);
}

/** Bandsintown's `date` query parameter: "YYYY-MM-DD,YYYY-MM-DD". */
export function bandsintownDateParam(r: DateRange): string {
  utcDay(r.begin);
  utcDay(r.end);
  return `${r.begin},${r.end}`;
}

/**
 * The venue-local date of a datetime as written ("2026-11-23T19:00:00", also with "Z" or an
 * offset). Deliberately not converted: a 23:30 show is on that evening's date wherever we are.
 */
export function localDateOf(datetime: string): string {
  const m = LOCAL_DATE_PREFIX.exec(datetime);
  if (!m || !isIsoDate(m[1]!)) throw new RangeError(`Not an ISO datetime: ${JSON.stringify(datetime)}`);
  return m[1]!;
}

/** Whether the event's venue-local date lies in the range (inclusive). */
export function isWithinRange(datetime: string, r: DateRange): boolean {
  const day = utcDay(localDateOf(datetime));
  return day >= utcDay(r.begin) && day <= utcDay(r.end);
}

/** The date `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date((utcDay(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
