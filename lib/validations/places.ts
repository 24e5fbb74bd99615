import { z } from "zod";

/** GET /api/places?q=&limit= */
export const placesQuerySchema = z.object({
  q: z.string().trim().min(1, "type at least one letter").max(100, "at most 100 characters"),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

export type PlacesQuery = z.infer<typeof placesQuerySchema>;

export const placeSchema = z.object({
  name: z.string(),
  country: z.string(),
  country_code: z.string(),
  region: z.string().optional(),
  latitude: z.number(),
  longitude: z.number(),
  population: z.number(),
});
