import "server-only";
import type { z } from "zod";
import { CORS_HEADERS } from "./cors";
import { handle, parseQuery } from "./handle";
import { checkListenerToken } from "./listener-token";

/**
 * HEAD on a listener endpoint: the status its GET would have as far as that can be told without
 * calling anyone (422 for bad input, 401 without a well-formed token or a session, else 200), and no
 * body. The pipeline never runs for it (Next.js would run GET and drop the body).
 */
export function headOf<S extends z.ZodType<{ token?: string | undefined }>>(schema: S, contentType = "application/json") {
  return (req: Request) =>
    handle(async () => {
      const q = parseQuery(req, schema);
      await checkListenerToken(req, q.token);
      return new Response(null, { headers: { ...CORS_HEADERS, "Content-Type": contentType, "Cache-Control": "no-store" } });
    });
}
