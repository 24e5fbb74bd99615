import { readFile } from "node:fs/promises";
import path from "node:path";
import { readOnly } from "@/lib/api/handle";

// Serves Swagger UI's files from the swagger-ui-dist package (and our tiny init script).
const FILES = new Map([
  ["swagger-ui.css", "text/css; charset=utf-8"],
  ["swagger-ui-bundle.js", "text/javascript; charset=utf-8"],
]);

// No validator badge: it would send the document's address to validator.swagger.io.
const INIT = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true, tryItOutEnabled: true, validatorUrl: null });`;

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const { file } = await ctx.params;
  if (file === "docs-init.js") return new Response(INIT, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
  const type = FILES.get(file);
  if (!type) {
    return Response.json({ error: "Not found: /docs/assets has swagger-ui.css, swagger-ui-bundle.js and docs-init.js.", code: "not_found" }, { status: 404 });
  }
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", file));
  return new Response(body, { headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" } });
}

export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
