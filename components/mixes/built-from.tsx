import { joinNames } from "@/lib/text/join-names";
import type { AnswerNotes } from "./answer-notes";
import styles from "./built-from.module.css";

const InfoIcon = () => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" className={styles.icon}>
    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
    <path d="M12 11v6M12 7.5v.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </svg>
);

/**
 * Which service each part of the answer came from, and the server's plain-words notes on the
 * fallbacks it used (e.g. Spotify not sharing related artists with new apps). Information, not
 * an error: folded at the end of the results, apart from the warnings about missing data.
 */
export function BuiltFrom({ builtFrom, notes }: Pick<AnswerNotes, "builtFrom" | "notes">) {
  if (!builtFrom.length && !notes.length) return null;
  return (
    <section className={styles.builtFrom} aria-labelledby="built-from-title">
      <details>
      <summary className={styles.summary}>
        <h2 id="built-from-title" className={`subhead ${styles.title}`}>
          How these results were made
        </h2>
      </summary>
      {builtFrom.length ? (
        <dl className={styles.list}>
          {builtFrom.map((row) => (
            <div key={row.key} className={styles.item} data-capability={row.key}>
              <dt>{row.label}</dt>
              <dd>{joinNames(row.sources)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {notes.length ? (
        <ul className={styles.notes}>
          {notes.map((n) => (
            <li key={`${n.code}-${n.text}`} data-code={n.code}>
              <InfoIcon />
              <span>{n.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
      </details>
    </section>
  );
}
