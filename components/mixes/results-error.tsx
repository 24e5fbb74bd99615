"use client";

import { SessionExpiredNotice } from "@/components/auth/session-expired-notice";
import { ApiError } from "./bins-stream";

function friendly(e: unknown): string {
  if (!(e instanceof ApiError)) return "Something went wrong while finding concerts.";
  if (e.status === 422) {
    const details = e.issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    return `Some search settings aren't accepted${details ? ` (${details})` : ""}.`;
  }
  if (e.status === 429) return "Too many searches right now. Please wait a moment and try again.";
  // The server names which service is not answering; say that rather than guess.
  if (e.status === 502 || e.status === 503 || e.status === 504)
    return e.message || "Spotify or the concert listings aren't answering right now. Please try again in a minute.";
  if (e.status === 0) return e.message;
  if (e.status === 404) return "The concert search isn't available on this server.";
  return e.message || "Something went wrong while finding concerts.";
}

export function ResultsError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof ApiError && error.status === 401) {
    return <SessionExpiredNotice message={error.message || undefined} />;
  }
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>We couldn&apos;t load your concerts.</strong> {friendly(error)}
      </p>
      <button type="button" className="btn btn--ghost btn--small" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
