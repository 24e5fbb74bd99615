import type { Source } from "@/lib/domain/ports";
import { UpstreamFailure, UpstreamRefusal } from "@/lib/domain/errors";
import type { UpstreamResponse } from "@/lib/http/upstream-client";
import { LASTFM_ERROR, rawError } from "./raw-types";

/**
 * Last.fm's error body (it comes with 200 as well as 4xx): null when the answer is not one. `code` is
 * for the errors a method gives a meaning to (an unknown user, a private profile); `otherwise` is
 * what every other code means: our key refused, or a failure.
 */
export function lastfmError(source: Source, res: UpstreamResponse): { code: number; otherwise: UpstreamRefusal | UpstreamFailure } | null {
  const error = rawError.safeParse(res.body);
  if (!error.success) return null;
  const { error: code, message = "" } = error.data;
  const keyRefused = code === LASTFM_ERROR.invalidApiKey || code === LASTFM_ERROR.suspendedApiKey;
  return {
    code,
    otherwise: keyRefused
      ? new UpstreamRefusal(source, "key_refused", `Last.fm refused our API key (error ${code}: ${message}); check LASTFM_API_KEY`)
      : new UpstreamFailure(source, "server_error", `Last.fm error ${code}: ${message}`, res.status),
  };
}
