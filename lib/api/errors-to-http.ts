import "server-only";
import type { ErrorResponse } from "@/lib/validations/responses";
import { logValue } from "@/lib/log/log-value";
import {
  BadInputError,
  ConfigError,
  FeedLinkError,
  ListenerForbiddenError,
  NotSignedInError,
  TooManyRequestsError,
  ProfileError,
  UnavailableError,
  UpstreamFailure,
  UpstreamRefusal,
  UpstreamUnavailableError,
} from "@/lib/domain/errors";

interface HttpError {
  status: number;
  body: ErrorResponse;
  headers?: Record<string, string>;
}

/** Map our errors to an HTTP status and a JSON body with a machine-readable code, in one place. Unknown errors never leak details. */
export function errorToHttp(error: unknown): HttpError {
  if (error instanceof BadInputError) return answer(422, "Some parameters are invalid.", "bad_input", { issues: error.issues });
  if (error instanceof NotSignedInError) return answer(401, error.message, "not_signed_in");
  if (error instanceof ListenerForbiddenError) return answer(403, error.message, "listener_forbidden");
  if (error instanceof TooManyRequestsError) return answer(429, error.message, "too_many_requests", {}, retryAfter(error.retryAfterSeconds));
  if (error instanceof ProfileError) return answer(PROFILE_STATUS[error.code], error.message, error.code);
  if (error instanceof FeedLinkError) return answer(error.code === "feed_link_expired" ? 410 : 403, error.message, error.code);
  if (error instanceof UnavailableError) return answer(422, error.message, "unavailable");
  if (error instanceof UpstreamUnavailableError) return answer(503, error.message, "upstream_unavailable");
  if (error instanceof UpstreamFailure) {
    if (error.kind === "rate_limited") {
      return answer(429, `${sentence(error.message)}. Try again in ${wait(error.retryAfterSeconds ?? 5)}.`, "rate_limited", {}, retryAfter(error.retryAfterSeconds ?? 5));
    }
    if (error.kind === "unavailable") {
      const seconds = error.retryAfterSeconds ?? 10;
      return answer(503, `${sentence(error.message)}, so we stopped asking it for a few seconds. Try again in ${wait(seconds)}.`, "upstream_unavailable", {}, retryAfter(seconds));
    }
    const [status, code] = error.kind === "timeout" ? ([504, "upstream_timeout"] as const) : ([502, "upstream_error"] as const);
    return answer(status, `${error.label} is not answering properly right now (${error.message}). Try again in a moment.`, code);
  }
  if (error instanceof UpstreamRefusal) {
    const seconds = error.resetsAt && Math.max(1, Math.ceil((error.resetsAt.getTime() - Date.now()) / 1000));
    const headers = seconds ? retryAfter(seconds) : undefined;
    if (error.reason === "quota_used_up") {
      const when = seconds ? `Try again in ${wait(seconds)}.` : "Try again later.";
      return answer(503, `${sentence(error.message)}, so it cannot be asked now. ${when}`, "upstream_refused", {}, headers);
    }
    return answer(503, `${error.label} refuses our app right now (${error.message}).`, "upstream_refused", {}, headers);
  }
  if (error instanceof ConfigError) {
    console.error(logValue(error.message, 2000));
    return answer(500, "The server is not configured; its administrator has been told what is missing.", "not_configured");
  }
  console.error("[api] unexpected error:", logValue(error instanceof Error ? (error.stack ?? error.message) : error, 4000));
  return answer(500, "Something went wrong on our side. Try again; if it persists, please report it.", "internal_error");
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function wait(seconds: number): string {
  if (seconds < 90) return seconds <= 1 ? "a second" : `${seconds} seconds`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round(seconds / 3600)} hours`;
}

/** Unknown (404), private (403), or without statistics yet: ask again later (409). */
const PROFILE_STATUS = { profile_not_found: 404, profile_private: 403, profile_not_ready: 409 } as const;

function answer(status: number, error: string, code: ErrorResponse["code"], extra: Pick<ErrorResponse, "issues"> = {}, headers?: Record<string, string>): HttpError {
  return { status, body: { error, code, ...extra }, ...(headers ? { headers } : {}) };
}

function retryAfter(seconds: number): Record<string, string> {
  return { "Retry-After": String(seconds) };
}
