import { z } from "zod";

// Ticketmaster Discovery v2 wire format (GET /events.json and /events/{id}.json), validated at the
// boundary, only the fields we read. Coordinates arrive as strings.

const rawLink = z.object({ url: z.string() });

export const rawAttraction = z.object({
  id: z.string().optional().default(""),
  name: z.string(),
  externalLinks: z.object({ spotify: z.array(rawLink).optional() }).optional(),
});

const rawNamed = z.object({ name: z.string() });

const rawVenue = z.object({
  name: z.string().optional().default(""),
  city: rawNamed.optional(),
  state: rawNamed.optional(),
  country: rawNamed.optional(),
  location: z.object({ latitude: z.union([z.string(), z.number()]), longitude: z.union([z.string(), z.number()]) }).optional(),
  timezone: z.string().optional(),
});

/** What tickets cost; Ticketmaster often leaves it out, and a range may lack either end. */
const rawPriceRange = z.object({ currency: z.string(), min: z.number().optional(), max: z.number().optional() });

export const rawEvent = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string().optional().default(""),
  info: z.string().optional(),
  pleaseNote: z.string().optional(),
  dates: z.object({
    // Venue-local; an event without a date yet (dateTBA) has no localDate and is skipped.
    start: z.object({ localDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), localTime: z.string().optional() }),
    status: z.object({ code: z.string() }).optional(),
    timezone: z.string().optional(),
  }),
  priceRanges: z.array(rawPriceRange).optional(),
  // Music's genre and sub-genre as Ticketmaster files the event ("Rock" / "Alternative Rock").
  classifications: z
    .array(z.object({ primary: z.boolean().optional(), genre: rawNamed.optional(), subGenre: rawNamed.optional() }))
    .optional()
    .default([]),
  _embedded: z
    .object({
      venues: z.array(rawVenue).optional().default([]),
      attractions: z.array(rawAttraction).optional().default([]),
    })
    .optional(),
});

/** One page of events; events are checked one by one (rawEvent), so one odd event costs only itself. */
export const rawEventsPage = z.object({
  _embedded: z.object({ events: z.array(z.unknown()) }).optional(), // absent when nothing matched
  page: z.object({ totalElements: z.number(), totalPages: z.number() }),
});

/** The API gateway's errors: 401 Invalid ApiKey, 429 spike arrest or daily quota. */
export const rawFault = z.object({
  fault: z.object({ faultstring: z.string().optional(), detail: z.object({ errorcode: z.string().optional() }).optional() }),
});

/** The Discovery API's own errors, e.g. 400 DIS1035 (paging too deep). */
export const rawErrors = z.object({ errors: z.array(z.object({ code: z.string().optional(), detail: z.string().optional() })) });

export const DAILY_QUOTA_ERROR = "policies.ratelimit.QuotaViolation";
