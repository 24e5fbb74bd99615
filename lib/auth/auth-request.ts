// Requests next-auth would answer with a bare 500 and a stack trace in the log (its configuration
// check throws on them), refused first with a clear 400; its endpoint for browser logs, closed; and
// its other error answers (plain text, or an empty body) turned into our JSON errors.
import "server-only";
import type { NextRequest } from "next/server";
import { config } from "@/lib/config";
import type { ErrorResponse } from "@/lib/validations/responses";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** The answer to give instead of next-auth's, or null when next-auth can take the request. */
export async function refusedAuthRequest(req: NextRequest, [action, detail]: string[]): Promise<Response | null> {
  // next-auth writes whatever a browser posts here into the server log, once a logger is configured.
  if (action === "_log") return problem(404, "Not found: this server does not collect browser logs.", "not_found");
  // next-auth copies the error code into its redirect unencoded (a non-Latin-1 character throws).
  if (action === "error" && !/^[A-Za-z]*$/.test(Object.fromEntries(req.nextUrl.searchParams).error ?? detail ?? "")) {
    return problem(400, "error must be one of next-auth's error codes, such as OAuthCallback (letters only).", "bad_request");
  }
  const base = config().NEXTAUTH_URL;
  if (req.nextUrl.searchParams.getAll("callbackUrl").some((url) => !accepted(url, base))) {
    return problem(400, "callbackUrl must be a path on this site (starting with /) or an http(s) URL.", "bad_request");
  }
  for (const name of CALLBACK_COOKIES) {
    const value = req.cookies.get(name)?.value;
    if (value !== undefined && !accepted(value, base)) {
      const res = problem(400, "The return address kept in a cookie was not a valid URL; it has been cleared. Please try again.", "bad_request");
      res.headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
      return res;
    }
  }
  if (req.method === "POST" && req.headers.get("content-type")?.includes("application/json") && !(await parsesAsJson(req))) {
    return problem(400, "The request body is not valid JSON.", "bad_request");
  }
  return null;
}

/** next-auth's error answer as `{ "error": … }`, keeping its status and cookies; any other answer as it is. */
export async function withJsonError(res: Response): Promise<Response> {
  if (res.status < 400) return res;
  const text = (await res.clone().text()).trim();
  let detail = text;
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown } | null;
    if (typeof body?.error === "string") return res;
    detail = typeof body?.message === "string" ? body.message : "";
  } catch {
    // plain text: next-auth's own words
  }
  const out = problem(res.status, `Sign-in could not handle this request: ${detail || "check its parameters and the csrfToken from /api/auth/csrf."}`, "sign_in_refused");
  for (const cookie of res.headers.getSetCookie()) out.headers.append("Set-Cookie", cookie);
  return out;
}

/** next-auth's own test of a callback URL (core/lib/assert.js): a path, or an absolute http(s) URL. */
function accepted(url: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

async function parsesAsJson(req: Request): Promise<boolean> {
  try {
    JSON.parse(await req.clone().text());
    return true;
  } catch {
    return false;
  }
}

function problem(status: number, error: string, code: ErrorResponse["code"]): Response {
  return Response.json({ error, code }, { status, headers: { "Cache-Control": "no-store" } });
}
