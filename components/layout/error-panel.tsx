"use client";

import Link from "next/link";
import styles from "./error-panel.module.css";

/** What an error boundary shows: never a blank page, always a way to retry or go back. */
export function ErrorPanel({ message, reset }: { message: string; reset: () => void }) {
  return (
    <section className="panel panel--error" role="alert">
      <h1>Something went wrong</h1>
      <p>{message}</p>
      <div className={styles.actions}>
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
