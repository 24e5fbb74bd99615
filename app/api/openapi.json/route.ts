import { json } from "@/lib/api/handle";
import { preflight } from "@/lib/api/cors";
import { openApiDocument } from "@/lib/api/openapi";

export const OPTIONS = preflight;

// The document depends on nothing but the code: built once, on the first request.
let document: ReturnType<typeof openApiDocument> | undefined;

export function GET() {
  document ??= openApiDocument();
  return json(document);
}
