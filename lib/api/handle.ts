import "server-only";
import type { z } from "zod";
import { BadInputError } from "@/lib/domain/errors";
import type { ErrorResponse } from "@/lib/validations/responses";
import { CORS_HEADERS } from "./cors";
import { errorToHttp } from "./errors-to-http";

/** Parse a request's query with a schema; values are trimmed, and blank ones count as missing. Throws BadInputError naming each bad field. */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = new URL(req.url).searchParams;
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value.trim() !== "") raw[key] = value.trim();
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new BadInputError(result.error.issues.map((i) => ({ field: i.path.join(".") || "query", message: i.message })));
}

/** Parse a JSON request body with a schema, once. A body that is not JSON (or not sent as JSON) is a bad field like any other. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    if (!req.headers.get("content-type")?.toLowerCase().startsWith("application/json")) throw new Error("not JSON");
    body = await req.json();
  } catch {
    throw new BadInputError([{ field: "body", message: "must be a JSON object sent with Content-Type: application/json" }]);
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new BadInputError(result.error.issues.map((i) => ({ field: i.path.join(".") || "body", message: i.message })));
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store", ...headers } });
}

/** An error answer: what went wrong in words, and its code from the one list (API_ERROR_CODES). */
export function errorJson(body: ErrorResponse, status: number, headers: Record<string, string> = {}): Response {
  return json(body, status, headers);
}

/** Any other method on a read-only endpoint: a JSON 405 that says what is allowed (Next.js would send an empty one). */
export function readOnly(req: Request): Response {
  return errorJson({ error: `${req.method} is not allowed here: this endpoint answers GET only.`, code: "method_not_allowed" }, 405, { Allow: "GET, OPTIONS" });
}

/** Any method but those in `allow`: a JSON 405 naming them (Next.js would send an empty one). */
export function notAllowed(allow: string): (req: Request) => Response {
  return (req) => errorJson({ error: `${req.method} is not allowed here: this endpoint answers ${allow}.`, code: "method_not_allowed" }, 405, { Allow: allow });
}

/** Run a route body; any error becomes a JSON answer with the right status (never an unhandled 500). */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    const { status, body, headers } = errorToHttp(error);
    return errorJson(body, status, headers);
  }
}
