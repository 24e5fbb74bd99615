"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TasteSummary } from "@/lib/validations/taste-response";
import { forgetTaste, PERIOD_LABELS } from "./taste-api";
import styles from "./taste-picker.module.css";

/** In the listener's words: "ListenBrainz: lb-demo-indie, last 6 months" or "Your list of 12 artists". */
export function describeTaste(t: TasteSummary): string {
  if (t.source === "your-list") return `Your list of ${t.artist_ids?.length ?? 0} ${t.artist_ids?.length === 1 ? "artist" : "artists"}`;
  return `${t.label}: ${t.username}, ${(t.period ? PERIOD_LABELS[t.period] : PERIOD_LABELS.overall).toLowerCase()}`;
}

/** The taste the listener chose without Spotify, with a way to change it or forget it (the cookie is cleared). */
export function CurrentTaste({ taste }: { taste: TasteSummary }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const forget = async () => {
    setBusy(true);
    await forgetTaste().catch(() => undefined);
    router.push("/");
    router.refresh();
  };
  return (
    <p className={styles.current} data-part="current-taste">
      <span>
        Your taste: <strong>{describeTaste(taste)}</strong>
      </span>
      <Link href="/#taste">Change</Link>
      <button type="button" className="btn btn--ghost btn--small" onClick={() => void forget()} disabled={busy}>
        Forget it
      </button>
    </p>
  );
}
