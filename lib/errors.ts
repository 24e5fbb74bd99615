// The few error kinds the app knows. Sources and the pipeline throw these;
// lib/api/respond.ts maps them to HTTP in one place.

export interface FieldIssue {
  field: string;
  message: string;
}

export class BadInputError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super("Some parameters are invalid: " + issues.map((i) => `${i.field}: ${i.message}`).join("; "));
    this.name = "BadInputError";
  }
}

export class NotSignedInError extends Error {
  constructor(message = "Sign in with Spotify first: no valid Spotify access token was given.") {
    super(message);
    this.name = "NotSignedInError";
  }
}

/** An upstream we cannot do without (e.g. the listener's top artists) failed. */
export class UpstreamUnavailableError extends Error {
  constructor(
    readonly upstream: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "UpstreamUnavailableError";
  }
}

/** Spotify refuses this listener (missing scope, or not on a development-mode app's allow-list). */
export class ListenerForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ListenerForbiddenError";
  }
}
