import { json } from "@/lib/api/handle";
import { openApiDocument } from "@/lib/api/openapi";

export const OPTIONS = () => new Response(null, { status: 204, headers: { "Access-Control-Allow-Origin": "*" } });

export function GET() {
  return json(openApiDocument());
}
