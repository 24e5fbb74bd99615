import { z } from "zod";
import { isIsoDate, daysInRange } from "@/lib/dates/date-range";
import { WHOLE_TASTE_MAX } from "@/lib/domain/types";

// Query parameters of the public API, named and defaulted as the original Gigscovery API did.
// These schemas validate requests and generate /api/openapi.json.

// Query values arrive as strings (empty ones are dropped before parsing), so a missing value
// says "is required" and a non-number says "must be a number". Only plain decimals count as
// numbers: not hex ("0x10"), not "Infinity".
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal query value between min and max (inclusive); the OpenAPI document shows it as that number. */
export const numberIn = (min: number, max: number, opts: { integer?: boolean; unit?: string; default?: number } = {}) => {
  const range = `must be between ${min} and ${max}${opts.unit ? ` ${opts.unit}` : ""}`;
  const what = opts.integer ? "a whole number" : "a number";
  const value = z.number().min(min, range).max(max, range);
  const schema = z
    .string({ error: "is required" })
    .regex(DECIMAL, `must be ${what}`)
    .transform(Number)
    .pipe(opts.integer ? value.int("must be a whole number") : value)
    .meta({
      override: ({ jsonSchema }) => {
        delete jsonSchema.pattern; // the string's check, not part of the number the client sends
        Object.assign(jsonSchema, { type: opts.integer ? "integer" : "number", minimum: min, maximum: max });
        if (opts.default !== undefined) jsonSchema.default = opts.default;
      },
    });
  return opts.default === undefined ? schema : schema.default(opts.default);
};

export const count = (min: number, max: number, def: number, description: string) =>
  numberIn(min, max, { integer: true, default: def }).meta({ description, example: def });

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

// Far enough either way for any concert; beyond, dates stop being four-digit years upstream.
const FIRST_DAY = "1900-01-01";
const LAST_DAY = "2999-12-31";

const withinYears = (d: string) => d >= FIRST_DAY && d <= LAST_DAY;

const isoDate = (description: string) =>
  z
    .string({ error: "is required (YYYY-MM-DD)" })
    .refine(isIsoDate, { error: "must be a real date written YYYY-MM-DD", abort: true })
    .refine(withinYears, `must be between ${FIRST_DAY} and ${LAST_DAY}`)
    .meta({ description, example: "2026-12-01", format: "date" });

const taste = z
  .enum(["top", "whole"], { error: "must be top or whole" })
  .default("top")
  .meta({
    description:
      "Ours. `top` (the original API's way): the listener's top artists of `time_range`. `whole`: everything scope " +
      "user-top-read gives (top artists of all three time ranges and the artists of the listener's top tracks), merged " +
      "and ranked by how often and how recently they appear; then the top-artist count says how many of the strongest " +
      "get similar artists.",
  });

const myArtists = numberIn(1, WHOLE_TASTE_MAX, { integer: true })
  .optional()
  .meta({ description: `Ours, with taste=whole: how many of the listener's artists to use, strongest first (default: all, at most ${WHOLE_TASTE_MAX}).` });

/** "true"/"false" (or 1/0); missing means `def`. */
const flag = (def: boolean, description: string) =>
  z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .transform((v) => v === "true" || v === "1")
    .default(def)
    .meta({ description, override: ({ jsonSchema }) => Object.assign(jsonSchema, { type: "boolean", enum: undefined, default: def }) });

export const artistsQuery = z.object({
  token,
  n_of_top_artists: count(1, 50, 5, "Number of the listener's top artists."),
  n_related_artists: count(0, 20, 5, "Number of related artists per top artist."),
  time_range: timeRange,
  taste,
  my_artists: myArtists,
});

export const binsQuery = z
  .object({
    latitude: numberIn(-90, 90).meta({
      description: "Latitude of the place to search around.",
      example: 52.3676,
    }),
    longitude: numberIn(-180, 180).meta({
      description: "Longitude of the place to search around.",
      example: 4.9041,
    }),
    date_begin: isoDate("First day of the concert search (inclusive, venue-local)."),
    date_end: isoDate(
      "Last day of the concert search (inclusive, venue-local). Concerts are looked up for at most 366 days from date_begin " +
        "(both ends included): a longer range answers for its first 366 days, and a warning (dates_shortened) says so.",
    ),
    radius: numberIn(1, 500, { unit: "km", default: 25 }).meta({ description: "Search radius in kilometres around the place.", example: 25 }),
    top_artists: count(1, 50, 5, "Number of the listener's top artists."),
    related_artists: count(0, 20, 5, "Number of related artists per top artist."),
    time_range: timeRange,
    taste,
    my_artists: myArtists,
    discoveries: flag(
      false,
      "Ours: also place the performers of the area's music events whom the listener does not know yet in the mix they sound " +
        "most like (needs an area concert source such as Ticketmaster). They come in our additions: each bin's `discoveries` " +
        "and `mix_concerts`, and the answer's `concerts`; the original fields keep their meaning.",
    ),
    token,
  })
  // Checked even when other fields are bad, so every bad field is named at once.
  .refine((q) => daysInRange({ begin: q.date_begin, end: q.date_end }) > 0, {
    path: ["date_end"],
    message: "must not be before date_begin",
    when: datesAreValid,
  });

function datesAreValid(payload: { value: unknown }): boolean {
  const v = payload.value as Record<string, unknown>;
  return [v.date_begin, v.date_end].every((d) => typeof d === "string" && isIsoDate(d) && withinYears(d));
}

export type BinsQuery = z.infer<typeof binsQuery>;
