// City type-ahead over the offline gazetteer: GET /api/places?q=amster&limit=8
import { placesQuerySchema } from "@/lib/validations/places";
import { gazetteer } from "@/lib/places/gazetteer";
import { searchPlaces } from "@/lib/places/search";

export const runtime = "nodejs";

export async function GET(req: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const parsed = placesQuerySchema.safeParse(params);
  if (!parsed.success) {
    return Response.json(
      {
        error: "Some parameters are invalid.",
        issues: parsed.error.issues.map((i) => ({ field: i.path.join(".") || "q", message: i.message })),
      },
      { status: 422 },
    );
  }
  const places = searchPlaces(gazetteer(), parsed.data.q, parsed.data.limit);
  // Public, identical for everyone: let browsers and proxies keep it.
  return Response.json(places, { headers: { "Cache-Control": "public, max-age=86400" } });
}
