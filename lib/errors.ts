// The few error kinds the app knows. Sources and the pipeline throw these;
// lib/api/errors-to-http.ts maps them to HTTP in one place.

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

/** Every source of something we cannot do without failed (every concert source, for one). */
export class UpstreamUnavailableError extends Error {
  constructor(message: string) {
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
