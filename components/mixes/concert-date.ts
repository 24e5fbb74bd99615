// Concert times are the venue's wall-clock time as the source wrote it ("2026-11-23T19:30:00",
// no offset). We show exactly that: no time zone conversion.
import { format } from "date-fns";

export interface WallClock {
  date: string; // "Mon 23 Nov 2026"
  weekday: string; // "Mon"
  day: string; // "23"
  month: string; // "Nov"
  time: string | null; // "19:30"
}

export function wallClock(datetime: string): WallClock | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(datetime);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  // Noon of that calendar day only gives us the weekday and month names; the time is taken as written.
  const noon = new Date(Number(y), Number(mo) - 1, Number(d), 12);
  return {
    date: format(noon, "EEE d MMM yyyy"),
    weekday: format(noon, "EEE"),
    day: String(Number(d)),
    month: format(noon, "MMM"),
    time: h !== undefined && mi !== undefined ? `${h}:${mi}` : null,
  };
}

export function formatDistance(km: number): string {
  if (!Number.isFinite(km)) return "";
  return km < 10 ? `${km.toFixed(1)} km away` : `${Math.round(km)} km away`;
}
