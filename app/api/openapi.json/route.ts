import { json, readOnly } from "@/lib/api/handle";
import { preflight } from "@/lib/api/cors";
import { openApiDocument } from "@/lib/api/openapi";

export const OPTIONS = preflight;
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };

// The document depends on nothing but the code: built once, on the first request.
let document: ReturnType<typeof openApiDocument> | undefined;

export function GET() {
  document ??= openApiDocument();
  return json(document);
}
