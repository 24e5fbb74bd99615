// Calendar helpers on plain "YYYY-MM-DD" strings (UTC arithmetic, so results never
// depend on the machine's time zone).

// isIsoDate and addDays are the app's own (lib/dates), re-exported for the catalog and its tests.
export { addDays, isIsoDate } from "../../lib/dates/date-range";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in the machine's local time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const pa = DATE_RE.exec(a);
  const pb = DATE_RE.exec(b);
  if (!pa || !pb) throw new Error(`invalid dates ${a} ${b}`);
  const ta = Date.UTC(Number(pa[1]), Number(pa[2]) - 1, Number(pa[3]));
  const tb = Date.UTC(Number(pb[1]), Number(pb[2]) - 1, Number(pb[3]));
  return Math.round((tb - ta) / 86_400_000);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
const DAY_MS = 86_400_000;
const HALF_DAY_MS = 43_200_000;
const noonOffsets = new Map<string, number>();

/** The zone's offset at 12:00 UTC of a day (days since 1970-01-01), remembered. */
function noonOffsetMs(day: number, timeZone: string): number {
  const key = `${timeZone}|${day}`;
  let offset = noonOffsets.get(key);
  if (offset === undefined) noonOffsets.set(key, (offset = exactOffsetMs(day * DAY_MS + HALF_DAY_MS, timeZone)));
  return offset;
}

/**
 * Offset of `timeZone` from UTC at the instant `utcMs`, in ms (e.g. +3_600_000 for CET). Asking Intl
 * is slow, so when the offsets at the noons (UTC) on either side agree (no change of offset in
 * between: every day but the two a year a zone changes its clocks), that is the answer.
 */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const before = Math.floor((utcMs - HALF_DAY_MS) / DAY_MS);
  const offset = noonOffsetMs(before, timeZone);
  return offset === noonOffsetMs(before + 1, timeZone) ? offset : exactOffsetMs(utcMs, timeZone);
}

function exactOffsetMs(utcMs: number, timeZone: string): number {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    zoneFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(utcMs)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0) - utcMs;
}

/** Wall-clock time "YYYY-MM-DDTHH:mm:ss" in an IANA zone -> UTC "YYYY-MM-DDTHH:mm:ssZ". */
export function zonedToUtc(local: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`invalid local date-time ${local}`);
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  // Second pass: the offset at the first guess may differ from the offset at the answer near a DST change.
  const first = naive - zoneOffsetMs(naive, timeZone);
  const utc = naive - zoneOffsetMs(first, timeZone);
  return new Date(utc).toISOString().replace(/\.\d{3}Z$/, "Z");
}
