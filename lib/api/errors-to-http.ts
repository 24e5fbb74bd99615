import type { ErrorResponse } from "@/lib/domain/bins";
import { BadInputError, ListenerForbiddenError, NotSignedInError, UpstreamUnavailableError } from "@/lib/errors";
import { ConfigError } from "@/lib/config";
import { UpstreamFailure } from "@/lib/http/upstream-client";
import { sourceLabel } from "@/lib/domain/sources";

/** Map our error kinds to an HTTP status and a JSON body, in one place. Unknown errors never leak details. */
export function errorToHttp(error: unknown): { status: number; body: ErrorResponse; headers?: Record<string, string> } {
  if (error instanceof BadInputError) {
    return { status: 422, body: { error: "Some parameters are invalid.", issues: error.issues } };
  }
  if (error instanceof NotSignedInError) return { status: 401, body: { error: error.message } };
  if (error instanceof ListenerForbiddenError) return { status: 403, body: { error: error.message } };
  if (error instanceof UpstreamUnavailableError) {
    return { status: 503, body: { error: error.message } };
  }
  if (error instanceof UpstreamFailure) {
    if (error.kind === "rate_limited") {
      return {
        status: 429,
        body: { error: `${sourceLabel(error.upstream)} is rate limiting us. Try again in a moment.` },
        headers: retryAfter(error.retryAfterSeconds ?? 5),
      };
    }
    const status = error.kind === "timeout" ? 504 : 502;
    return { status, body: { error: `${sourceLabel(error.upstream)} is not answering properly right now (${error.message}). Try again in a moment.` } };
  }
  if (error instanceof ConfigError) {
    console.error(error.message);
    return { status: 500, body: { error: "The server is not configured; its administrator has been told what is missing." } };
  }
  console.error("[api] unexpected error:", error instanceof Error ? error.stack : error);
  return { status: 500, body: { error: "Something went wrong on our side. Try again; if it persists, please report it." } };
}

function retryAfter(seconds: number): Record<string, string> {
  return { "Retry-After": String(seconds) };
}
