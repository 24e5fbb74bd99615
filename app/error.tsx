"use client";

import Link from "next/link";

export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel panel--error" role="alert">
      <h1>Something went wrong</h1>
      <p>Sorry — this page hit a problem. Please try again.</p>
      <div className="dialog__actions">
        <button type="button" className="btn btn--primary" onClick={reset}>
          Try again
        </button>
        <Link href="/" className="btn btn--ghost">
          Back to the start
        </Link>
      </div>
    </section>
  );
}
