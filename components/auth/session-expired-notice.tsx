"use client";

import { SignInButton } from "./sign-in-button";

/** Shown when the Spotify sign-in ended (refresh refused or token rejected). */
export function SessionExpiredNotice({ message }: { message?: string }) {
  return (
    <div className="notice notice--warn" role="alert">
      <p>
        <strong>Your Spotify sign-in has ended.</strong>{" "}
        {message ?? "Spotify no longer accepts it (it may have expired or been revoked)."} Please sign in again.
      </p>
      <SignInButton label="Sign in again" className="btn btn--primary btn--small" />
    </div>
  );
}
