"use client";

import { useId, useState } from "react";
import { LISTED_ARTISTS_MAX } from "@/lib/domain/taste";
import type { TasteMatchResponse } from "@/lib/validations/taste-response";
import { chooseTaste, matchNames } from "./taste-api";
import styles from "./taste-picker.module.css";

type Match = TasteMatchResponse["matches"][number];

/** One name a line, or separated by commas or semicolons; blanks dropped. */
function namesIn(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((n) => n.trim())
    .filter(Boolean);
}

/**
 * Artists typed or pasted, matched to Spotify artists by exact name and shown one by one, so the
 * listener drops a wrong match and picks the right one of several artists of the same name.
 */
export function ArtistListForm({ onChosen }: { onChosen: () => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [matches, setMatches] = useState<Match[] | null>(null);
  /** The Spotify artist chosen for each name (by its index), or null when dropped. */
  const [chosen, setChosen] = useState<(string | null)[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const names = namesIn(text);

  const find = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { matches: found } = await matchNames(names);
      setMatches(found);
      setChosen(found.map((m) => m.artists[0]?.id ?? null));
    } catch (err) {
      setError((err as Error).message);
    }
    setBusy(false);
  };
  const ids = [...new Set(chosen.filter((c): c is string => c !== null))];
  const use = async () => {
    setBusy(true);
    setError(null);
    try {
      await chooseTaste({ source: "your-list", artist_ids: ids });
      onChosen();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  const pick = (i: number, value: string | null) => setChosen((c) => c.map((v, j) => (j === i ? value : v)));

  return (
    <div className={styles.form}>
      <form className={styles.form} onSubmit={(e) => void find(e)}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-names`}>
            Your artists, one a line (or separated by commas)
          </label>
          <textarea id={`${id}-names`} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className={styles.row}>
          <button type="submit" className="btn" disabled={busy || names.length === 0 || names.length > LISTED_ARTISTS_MAX}>
            Find these artists
          </button>
          {names.length > LISTED_ARTISTS_MAX ? <span className="field-error">At most {LISTED_ARTISTS_MAX} artists.</span> : null}
        </div>
      </form>
      {matches ? (
        <>
          <ul className={styles.matches} aria-label="Artists found">
            {matches.map((m, i) => (
              <li key={m.name} data-part="artist-match">
                <MatchRow match={m} value={chosen[i] ?? null} onPick={(v) => pick(i, v)} />
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <button type="button" className="btn btn--primary" onClick={() => void use()} disabled={busy || ids.length === 0}>
              {ids.length === 1 ? "Use this artist" : `Use these ${ids.length} artists`}
            </button>
          </div>
        </>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ArtistLabel({ artist }: { artist: Match["artists"][number] }) {
  return (
    <span className={styles.match}>
      {artist.photo ? <img src={artist.photo} alt="" /> : null}
      <span>
        <strong>{artist.name}</strong>
        {artist.genres.length ? <span className="muted"> · {artist.genres.slice(0, 2).join(", ")}</span> : null}
      </span>
    </span>
  );
}

function MatchRow({ match, value, onPick }: { match: Match; value: string | null; onPick: (id: string | null) => void }) {
  const [only] = match.artists;
  if (!only) return <span className="muted">{match.name}: not found on Spotify by that name.</span>;
  if (match.artists.length === 1) {
    return (
      <label className={styles.match}>
        <input type="checkbox" checked={value === only.id} onChange={(e) => onPick(e.target.checked ? only.id : null)} />
        <ArtistLabel artist={only} />
      </label>
    );
  }
  return (
    <fieldset className={styles.choices}>
      <legend>
        Several artists are called “{match.name}”: which one do you mean?
      </legend>
      {match.artists.map((a) => (
        <label key={a.id} className={styles.match}>
          <input type="radio" name={`pick-${match.name}`} checked={value === a.id} onChange={() => onPick(a.id)} />
          <ArtistLabel artist={a} />
        </label>
      ))}
      <label className={styles.match}>
        <input type="radio" name={`pick-${match.name}`} checked={value === null} onChange={() => onPick(null)} />
        None of these
      </label>
    </fieldset>
  );
}
