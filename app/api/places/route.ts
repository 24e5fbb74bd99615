// City look-ups over the offline gazetteer:
//   GET /api/places?q=amster&limit=8   type-ahead, most populous first
//   GET /api/places?lat=52.37&lon=4.89  the place to name a dropped pin after ([] when none is near)
import type { ZodError } from "zod";
import { nearestQuerySchema, placesQuerySchema } from "@/lib/validations/places";
import { gazetteer } from "@/lib/places/gazetteer";
import { nearestPlace } from "@/lib/places/nearest";
import { searchPlaces } from "@/lib/places/search";

export const runtime = "nodejs";

const invalid = (error: ZodError, fallbackField: string) =>
  Response.json(
    {
      error: "Some parameters are invalid.",
      issues: error.issues.map((i) => ({ field: i.path.join(".") || fallbackField, message: i.message })),
    },
    { status: 422 },
  );

// Public and identical for everyone: browsers and proxies may keep it.
const CACHE = { "Cache-Control": "public, max-age=86400" };

export async function GET(req: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  if (params.q === undefined && (params.lat !== undefined || params.lon !== undefined)) {
    const parsed = nearestQuerySchema.safeParse(params);
    if (!parsed.success) return invalid(parsed.error, "lat");
    const place = nearestPlace(gazetteer(), parsed.data.lat, parsed.data.lon);
    return Response.json(place ? [place] : [], { headers: CACHE });
  }
  const parsed = placesQuerySchema.safeParse(params);
  if (!parsed.success) return invalid(parsed.error, "q");
  return Response.json(searchPlaces(gazetteer(), parsed.data.q, parsed.data.limit), { headers: CACHE });
}
