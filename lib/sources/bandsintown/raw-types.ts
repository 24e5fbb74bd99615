import { z } from "zod";

// Bandsintown v3 wire format (EventData in the spec), validated at the boundary.
// Coordinates arrive as strings; newer payloads add title/starts_at/festival dates.

export const rawVenue = z.object({
  name: z.string(),
  city: z.string(),
  region: z.string().optional().default(""),
  country: z.string(),
  latitude: z.union([z.string(), z.number()]),
  longitude: z.union([z.string(), z.number()]),
});

export const rawOffer = z.object({ type: z.string(), url: z.string(), status: z.string() });

export const rawEvent = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  artist_id: z.union([z.string(), z.number()]).transform(String),
  url: z.string(),
  // Venue-local "YYYY-MM-DDTHH:mm:ss"; an event without a usable date is skipped, not fatal.
  datetime: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
  title: z.string().optional(),
  description: z.string().optional().default(""),
  venue: rawVenue,
  offers: z.array(rawOffer).optional().default([]),
  lineup: z.array(z.string()).optional().default([]),
});

/** The "unknown artist" answers Bandsintown has been seen to give, with 200 or 404. */
export const rawNotFound = z.union([
  z.object({ errorMessage: z.string() }),
  z.object({ errors: z.array(z.string()) }),
]);
