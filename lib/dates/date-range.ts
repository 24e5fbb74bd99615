// Date-only helpers. Dates are plain "YYYY-MM-DD" strings; arithmetic happens on UTC midnights
// so the server's timezone (and DST changes) can never shift a day.
import type { DateRange } from "@/lib/domain/types";

/** The longest search range we accept, in days (inclusive). */
export const MAX_RANGE_DAYS = 366;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;
const DAY_MS = 86_400_000;

// Checking and counting days is plain integer arithmetic, no Date objects: the pipeline checks
// every event's date, and Next.js wraps the server's Date constructor, which makes each one costly.
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Strict YYYY-MM-DD that names a real calendar day (2026-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

/** Days since 1970-01-01 (proleptic Gregorian calendar; Howard Hinnant's days_from_civil). */
function utcDay(s: string): number {
  if (!isIsoDate(s)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(s)}`);
  const [y0, m, d] = s.split("-").map(Number) as [number, number, number];
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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
  const day = localDateOf(datetime);
  // YYYY-MM-DD strings order like the days they name.
  return day >= r.begin && day <= r.end;
}

/** The date `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date((utcDay(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
