"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import dialogStyles from "@/components/layout/dialog.module.css";
import styles from "./consent-dialog.module.css";

interface Props {
  open: boolean;
  onClose: () => void;
  /** Where to land after signing in. */
  callbackUrl: string;
}

/** What we read and what we keep, said before the listener goes to Spotify. */
export function ConsentDialog({ open, onClose, callbackUrl }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      continueRef.current?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={dialogStyles.dialog}
      aria-labelledby="consent-title"
      aria-describedby="consent-desc"
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onClose(); // click on the backdrop
      }}
    >
      <div className={dialogStyles.body}>
        <h2 id="consent-title">Connect your Spotify</h2>
        <div id="consent-desc">
          <p>To find concerts that fit your taste, Gigscovery asks Spotify for one thing:</p>
          <ul className={styles.list}>
            <li>
              <strong>Your top artists and tracks</strong> — read-only, nothing else (Spotify calls it
              <code> user-top-read</code>).
            </li>
            <li>
              <strong>Nothing is stored on our servers.</strong> Your sign-in lives in an encrypted cookie in this
              browser; signing out removes it.
            </li>
            <li>We never post, follow, or change anything in your Spotify account.</li>
          </ul>
        </div>
        <div className={dialogStyles.actions}>
          <button
            ref={continueRef}
            type="button"
            className="btn btn--spotify"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void signIn("spotify", { callbackUrl });
            }}
          >
            {busy ? "Opening Spotify…" : "Continue with Spotify"}
          </button>
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            No thanks
          </button>
        </div>
      </div>
    </dialog>
  );
}
