"use client";

import Link from "next/link";
import { useEffect } from "react";

export default function DiscoverError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="panel panel--error" role="alert">
      <h1>Something went wrong</h1>
      <p>The discover page hit a problem it couldn&apos;t recover from. Your search is still in the address bar.</p>
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
