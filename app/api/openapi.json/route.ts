import { json } from "@/lib/api/handle";
import { preflight } from "@/lib/api/cors";
import { openApiDocument } from "@/lib/api/openapi";

export const OPTIONS = preflight;

export function GET() {
  return json(openApiDocument());
}
