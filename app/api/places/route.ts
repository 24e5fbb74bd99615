// City look-ups over the offline gazetteer:
//   GET /api/places?q=münchen&limit=8  type-ahead: any name of a place, a typo or two forgiven, the big city first
//   GET /api/places?lat=52.37&lon=4.89  the town to name a dropped pin after ([] when none is near)
import { handle, json, parseQuery, readOnly } from "@/lib/api/handle";
import { nearestQuerySchema, placesQuerySchema } from "@/lib/validations/places";
import { gazetteer } from "@/lib/places/gazetteer";
import { nearestPlace } from "@/lib/places/nearest";
import { searchPlaces } from "@/lib/places/search";

export const runtime = "nodejs";
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };

// Public and identical for everyone: browsers and proxies may keep it.
const CACHE = { "Cache-Control": "public, max-age=86400" };

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const params = new URL(req.url).searchParams;
    if (!params.has("q") && (params.has("lat") || params.has("lon"))) {
      const { lat, lon } = parseQuery(req, nearestQuerySchema);
      const place = nearestPlace(gazetteer(), lat, lon);
      return json(place ? [place] : [], 200, CACHE);
    }
    const { q, limit } = parseQuery(req, placesQuerySchema);
    return json(searchPlaces(gazetteer(), q, limit), 200, CACHE);
  });
}
