"use client";

import { useId, useState } from "react";
import { PROFILE_PERIODS } from "@/lib/domain/taste";
import { chooseTaste, PERIOD_LABELS, type Period } from "./taste-api";
import styles from "./taste-picker.module.css";

const NAMES = { lastfm: "Last.fm", listenbrainz: "ListenBrainz" } as const;

/** A Last.fm or ListenBrainz username and a period: checked once by the server, then kept in the listener's cookie. */
export function ProfileForm({ service, onChosen }: { service: "lastfm" | "listenbrainz"; onChosen: () => void }) {
  const id = useId();
  const [username, setUsername] = useState("");
  const [period, setPeriod] = useState<Period>("overall");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await chooseTaste({ source: service, username: username.trim(), period });
      onChosen();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} data-part={`${service}-form`}>
      <div className={styles.row}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-user`}>
            {NAMES[service]} username
          </label>
          <input id={`${id}-user`} type="text" value={username} onChange={(e) => setUsername(e.target.value)} required maxLength={64} autoComplete="username" spellCheck={false} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-period`}>
            Listening over
          </label>
          <select id={`${id}-period`} value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            {PROFILE_PERIODS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn--primary" disabled={busy || username.trim() === ""}>
          {busy ? "Reading your profile…" : `Use my ${NAMES[service]} taste`}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
