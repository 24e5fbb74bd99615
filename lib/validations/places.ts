import { z } from "zod";
import { count, numberIn } from "./listener-request";

// Query values arrive as strings, empty ones dropped (parseQuery): a missing value is "required".

/** GET /api/places?q=&limit= */
export const placesQuerySchema = z.object({
  q: z.string({ error: "type at least one letter" }).trim().min(1, "type at least one letter").max(100, "at most 100 characters"),
  limit: count(1, 20, 8, "How many places at most."),
});

/** GET /api/places?lat=&lon= : the place to name a dropped pin after. */
export const nearestQuerySchema = z.object({
  lat: numberIn(-90, 90),
  lon: numberIn(-180, 180),
});
