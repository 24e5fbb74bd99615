import { z } from "zod";
import { isIsoDate, daysInRange, MAX_RANGE_DAYS } from "@/lib/dates/date-range";

// Query parameters of the public API, named and defaulted as the original Gigscovery API did.
// These schemas validate requests and generate /api/openapi.json.

// Query values arrive as strings (empty ones are dropped before parsing), so a missing value
// says "is required" and a non-number says "must be a number".
export const num = (what: string) =>
  z
    .string({ error: "is required" })
    .pipe(z.coerce.number<string>({ error: `must be ${what}` }).refine(Number.isFinite, `must be ${what}`))
    .meta({ override: { type: "number" } });
export const count = (min: number, max: number, def: number, description: string) =>
  num("a whole number")
    .pipe(
      z
        .number()
        .int("must be a whole number")
        .min(min, `must be between ${min} and ${max}`)
        .max(max, `must be between ${min} and ${max}`),
    )
    .default(def)
    .meta({ description, example: def });

const token = z
  .string()
  .min(1)
  .optional()
  .meta({
    description:
      "The listener's Spotify access token (scope user-top-read). Kept for compatibility with the original API; " +
      "prefer the `Authorization: Bearer` header, which does not end up in URLs, logs or browser history.",
  });

const timeRange = z
  .enum(["short_term", "medium_term", "long_term"], { error: "must be short_term, medium_term or long_term" })
  .default("medium_term")
  .meta({ description: "Spotify's time range for top artists: ~4 weeks, ~6 months, or all time." });

const isoDate = (description: string) =>
  z
    .string({ error: "is required (YYYY-MM-DD)" })
    .refine(isIsoDate, "must be a real date written YYYY-MM-DD")
    .meta({ description, example: "2026-12-01" });

export const artistsQuery = z.object({
  token,
  n_of_top_artists: count(1, 50, 5, "Number of the listener's top artists."),
  n_related_artists: count(0, 20, 5, "Number of related artists per top artist."),
  time_range: timeRange,
});

export const binsQuery = z
  .object({
    latitude: num("a number").pipe(z.number().min(-90, "must be between -90 and 90").max(90, "must be between -90 and 90")).meta({
      description: "Latitude of the place to search around.",
      example: 52.3676,
    }),
    longitude: num("a number").pipe(z.number().min(-180, "must be between -180 and 180").max(180, "must be between -180 and 180")).meta({
      description: "Longitude of the place to search around.",
      example: 4.9041,
    }),
    date_begin: isoDate("First day of the concert search (inclusive, venue-local)."),
    date_end: isoDate("Last day of the concert search (inclusive, venue-local); at most 366 days after date_begin."),
    radius: num("a number")
      .pipe(z.number().min(1, "must be between 1 and 500 km").max(500, "must be between 1 and 500 km"))
      .default(25)
      .meta({ description: "Search radius in kilometres around the place.", example: 25 }),
    top_artists: count(1, 50, 5, "Number of the listener's top artists."),
    related_artists: count(0, 20, 5, "Number of related artists per top artist."),
    time_range: timeRange,
    token,
  })
  // Checked even when other fields are bad, so every bad field is named at once.
  .refine((q) => daysInRange({ begin: q.date_begin, end: q.date_end }) > 0, {
    path: ["date_end"],
    message: "must not be before date_begin",
    when: datesAreValid,
  })
  .refine((q) => daysInRange({ begin: q.date_begin, end: q.date_end }) <= MAX_RANGE_DAYS, {
    path: ["date_end"],
    message: `must be at most ${MAX_RANGE_DAYS} days after date_begin`,
    when: datesAreValid,
  });

function datesAreValid(payload: { value: unknown }): boolean {
  const v = payload.value as Record<string, unknown>;
  return typeof v.date_begin === "string" && typeof v.date_end === "string" && isIsoDate(v.date_begin) && isIsoDate(v.date_end);
}

export type BinsQuery = z.infer<typeof binsQuery>;
