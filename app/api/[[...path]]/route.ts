import { errorJson } from "@/lib/api/handle";

/** Any other address under /api: a JSON 404 (Next.js would render its HTML page). */
function notFound(): Response {
  return errorJson({ error: "Not found: no such endpoint in this API (see /api/openapi.json).", code: "not_found" }, 404);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
