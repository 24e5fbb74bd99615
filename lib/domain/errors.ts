// The few errors the app knows, each with a machine-readable code. Sources, the HTTP client and the
// pipeline throw these; lib/api/errors-to-http.ts maps them to HTTP in one place.

export type ErrorCode =
  | "bad_input"
  | "not_signed_in"
  | "listener_forbidden"
  | "upstream_failed"
  | "upstream_refused"
  | "upstream_unavailable"
  | "too_many_requests"
  | "not_configured"
  | "profile_not_found"
  | "profile_private"
  | "profile_not_ready"
  | "feed_link_invalid"
  | "feed_link_expired"
  | "unavailable";

export abstract class GigscoveryError extends Error {
  abstract readonly code: ErrorCode;
}

export interface FieldIssue {
  field: string;
  message: string;
}

/** Some parameters are invalid; `issues` names each. */
export class BadInputError extends GigscoveryError {
  readonly code = "bad_input";
  constructor(readonly issues: FieldIssue[]) {
    super("Some parameters are invalid: " + issues.map((i) => `${i.field}: ${i.message}`).join("; "));
    this.name = "BadInputError";
  }
}

/** No listener token, or Spotify rejects it. */
export class NotSignedInError extends GigscoveryError {
  readonly code = "not_signed_in";
  constructor(message = "Sign in with Spotify first: no valid Spotify access token was given.") {
    super(message);
    this.name = "NotSignedInError";
  }
}

/** Spotify refuses this listener (missing scope, or not on a development-mode app's allow-list). */
export class ListenerForbiddenError extends GigscoveryError {
  readonly code = "listener_forbidden";
  constructor(message: string) {
    super(message);
    this.name = "ListenerForbiddenError";
  }
}

/** Which upstream: its id (as `sources` names it) and its name for people. */
export interface UpstreamName {
  id: string;
  label: string;
}

/** The upstream could not give a usable answer, even after retries: a passing problem. */
export class UpstreamFailure extends GigscoveryError {
  readonly code = "upstream_failed";
  readonly upstream: string;
  readonly label: string;
  constructor(
    upstream: UpstreamName,
    readonly kind: "timeout" | "network" | "server_error" | "rate_limited" | "malformed" | "cancelled" | "unavailable",
    message: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "UpstreamFailure";
    this.upstream = upstream.id;
    this.label = upstream.label;
  }
}

/**
 * Why an upstream will not serve our app: it restricts the endpoint for apps like ours (Spotify's
 * 2024/2026 restrictions for new apps), it refuses our key, or our daily quota is used up.
 */
export type RefusalReason = "restricted" | "key_refused" | "quota_used_up";

/** The upstream refuses our app, for `reason`, until something changes (an approval, a key, a new day). */
export class UpstreamRefusal extends GigscoveryError {
  readonly code = "upstream_refused";
  readonly upstream: string;
  readonly label: string;
  constructor(
    upstream: UpstreamName,
    readonly reason: RefusalReason,
    message: string,
    /** In the listener's words, when the upstream's own story is worth telling (Spotify's restrictions). */
    readonly explanation?: string,
    /** When a used-up quota is back, if known. */
    readonly resetsAt?: Date,
  ) {
    super(message);
    this.name = "UpstreamRefusal";
    this.upstream = upstream.id;
    this.label = upstream.label;
  }
}

/** Every source of something we cannot do without failed (every concert source, for one). */
export class UpstreamUnavailableError extends GigscoveryError {
  readonly code = "upstream_unavailable";
  constructor(message: string) {
    super(message);
    this.name = "UpstreamUnavailableError";
  }
}

/** This client asked more often than anyone needs to: it waits `retryAfterSeconds`, the others go on. */
export class TooManyRequestsError extends GigscoveryError {
  readonly code = "too_many_requests";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "TooManyRequestsError";
  }
}

/** Settings are missing or invalid; `problems` names each. */
export class ConfigError extends GigscoveryError {
  readonly code = "not_configured";
  constructor(readonly problems: string[]) {
    super(
      "Gigscovery is not configured:\n" +
        problems.map((p) => "  - " + p).join("\n") +
        "\nSee .env.example, or run `npm run demo` to try it on demo data.",
    );
    this.name = "ConfigError";
  }
}

/** The listening profile named as the listener's taste cannot be read: unknown, private, or without statistics yet. */
export class ProfileError extends GigscoveryError {
  constructor(
    readonly code: "profile_not_found" | "profile_private" | "profile_not_ready",
    message: string,
  ) {
    super(message);
    this.name = "ProfileError";
  }
}

/** A calendar feed link we did not issue (or altered), or one whose time is up. */
export class FeedLinkError extends GigscoveryError {
  constructor(
    readonly code: "feed_link_invalid" | "feed_link_expired",
    message: string,
  ) {
    super(message);
    this.name = "FeedLinkError";
  }
}

/** Something this server is not set up to offer (a taste source without its key, feeds without their secret). */
export class UnavailableError extends GigscoveryError {
  readonly code = "unavailable";
  constructor(message: string) {
    super(message);
    this.name = "UnavailableError";
  }
}
