// The search lives in the URL: ?lat=&lon=&place=&radius=&from=&to=&top=&related=&range=&artists=&new=
// (no personal data: a shared link only says where, when and how wide, and how much of one's taste to use).
import { WHOLE_TASTE_MAX, type DateRange, type TimeRange } from "@/lib/domain/types";
import { daysInRange, isIsoDate, MAX_RANGE_DAYS } from "@/lib/dates/date-range";
import { iso, presetRange } from "./date-presets";

export const RADII = [10, 25, 50, 100, 250] as const;
export type Radius = (typeof RADII)[number];

/** Whose taste: everything the listener plays (the whole taste, recent listening counting most), or one time range's top artists. */
export type TasteRange = "all" | TimeRange;

export const TIME_RANGES: { id: TasteRange; label: string }[] = [
  { id: "all", label: "Everything you play" },
  { id: "short_term", label: "Last 4 weeks only" },
  { id: "medium_term", label: "Last 6 months only" },
  { id: "long_term", label: "All time only" },
];

/** How many of their artists a listener may narrow the whole taste to (null: all of them). */
export const ARTIST_COUNTS = [null, 100, 50, 25, 10] as const;

export const LIMITS = { top: { min: 1, max: 50 }, related: { min: 0, max: 20 } } as const;

export interface SearchState {
  lat: number | null;
  lon: number | null;
  place: string;
  radius: Radius;
  from: string;
  to: string;
  top: number;
  related: number;
  range: TasteRange;
  /** With the whole taste: how many of the listener's artists, strongest first (null: all). */
  artists: number | null;
  /** Also show performers new to the listener, placed in their mixes by sound. */
  discoveries: boolean;
}

export interface FieldProblem {
  field: "place" | "dates" | "top" | "related";
  message: string;
}

const num = (v: string | null): number | null => {
  if (v === null || v.trim() === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

export function defaultSearch(today = new Date()): SearchState {
  const r = presetRange("30", today);
  return {
    lat: null,
    lon: null,
    place: "",
    radius: 25,
    from: r.begin,
    to: r.end,
    top: 5,
    related: 5,
    range: "all",
    artists: null,
    discoveries: true,
  };
}

/** Read the URL; anything missing or unreadable falls back to the defaults. */
export function parseSearch(sp: URLSearchParams, today = new Date()): SearchState {
  const d = defaultSearch(today);
  const lat = num(sp.get("lat"));
  const lon = num(sp.get("lon"));
  const okPlace = lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const radius = num(sp.get("radius"));
  const from = sp.get("from") ?? "";
  const to = sp.get("to") ?? "";
  const top = num(sp.get("top"));
  const related = num(sp.get("related"));
  const range = sp.get("range");
  const artists = num(sp.get("artists"));
  return {
    lat: okPlace ? lat : null,
    lon: okPlace ? lon : null,
    place: okPlace ? (sp.get("place") ?? "").slice(0, 120) : "",
    radius: (RADII as readonly number[]).includes(radius ?? -1) ? (radius as Radius) : d.radius,
    from: isIsoDate(from) ? from : d.from,
    to: isIsoDate(to) ? to : d.to,
    top: top !== null && Number.isInteger(top) ? top : d.top,
    related: related !== null && Number.isInteger(related) ? related : d.related,
    range: TIME_RANGES.some((t) => t.id === range) ? (range as TasteRange) : d.range,
    artists: artists !== null && Number.isInteger(artists) && artists >= 1 && artists <= WHOLE_TASTE_MAX ? artists : d.artists,
    discoveries: sp.get("new") !== "0",
  };
}

export function hasPlace(s: SearchState): s is SearchState & { lat: number; lon: number } {
  return s.lat !== null && s.lon !== null;
}

export function toSearchParams(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (hasPlace(s)) {
    p.set("lat", s.lat.toFixed(4));
    p.set("lon", s.lon.toFixed(4));
    if (s.place) p.set("place", s.place);
  }
  p.set("radius", String(s.radius));
  p.set("from", s.from);
  p.set("to", s.to);
  p.set("top", String(s.top));
  p.set("related", String(s.related));
  p.set("range", s.range);
  if (s.artists !== null) p.set("artists", String(s.artists));
  if (!s.discoveries) p.set("new", "0");
  return p;
}

export function dateRangeProblem(r: DateRange, today = new Date()): string | null {
  if (!isIsoDate(r.begin) || !isIsoDate(r.end)) return "Pick a start and an end date.";
  if (r.end < r.begin) return "The end date is before the start date.";
  if (r.end < iso(today)) return "These dates are in the past: pick dates from today on.";
  if (daysInRange(r) > MAX_RANGE_DAYS) return `Pick at most ${MAX_RANGE_DAYS} days.`;
  return null;
}

/** Problems that stop a search, in words for the form. */
export function validateSearch(s: SearchState, today = new Date()): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!hasPlace(s)) out.push({ field: "place", message: "Choose a place: search a city, use your location, or click the map." });
  const dp = dateRangeProblem({ begin: s.from, end: s.to }, today);
  if (dp) out.push({ field: "dates", message: dp });
  if (!Number.isInteger(s.top) || s.top < LIMITS.top.min || s.top > LIMITS.top.max)
    out.push({ field: "top", message: `Top artists must be a whole number from ${LIMITS.top.min} to ${LIMITS.top.max}.` });
  if (!Number.isInteger(s.related) || s.related < LIMITS.related.min || s.related > LIMITS.related.max)
    out.push({
      field: "related",
      message: `Similar artists must be a whole number from ${LIMITS.related.min} to ${LIMITS.related.max}.`,
    });
  return out;
}

/** The get_bins query string for a valid search: the whole taste unless one time range is chosen, with discoveries unless turned off. */
export function apiQuery(s: SearchState & { lat: number; lon: number }): string {
  const q = new URLSearchParams({
    latitude: String(s.lat),
    longitude: String(s.lon),
    date_begin: s.from,
    date_end: s.to,
    radius: String(s.radius),
    top_artists: String(s.top),
    related_artists: String(s.related),
  });
  if (s.range === "all") {
    q.set("taste", "whole");
    if (s.artists !== null) q.set("my_artists", String(s.artists));
  } else {
    q.set("time_range", s.range);
  }
  q.set("discoveries", String(s.discoveries));
  return q.toString();
}
