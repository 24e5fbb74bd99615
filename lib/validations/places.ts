import { z } from "zod";

/** GET /api/places?q=&limit= */
export const placesQuerySchema = z.object({
  q: z.string().trim().min(1, "type at least one letter").max(100, "at most 100 characters"),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

export type PlacesQuery = z.infer<typeof placesQuerySchema>;

/** GET /api/places?lat=&lon= : the place to name a dropped pin after. */
export const nearestQuerySchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
});

export const placeSchema = z.object({
  name: z.string(),
  country: z.string(),
  country_code: z.string(),
  region: z.string().optional(),
  latitude: z.number(),
  longitude: z.number(),
  population: z.number(),
});
