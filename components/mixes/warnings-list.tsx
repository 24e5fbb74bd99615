import type { AnswerNotes } from "./answer-notes";
import styles from "./warnings-list.module.css";

/**
 * What could not be fetched, in the server's own words (each message names the source and the
 * artists concerned). Fallbacks that worked are not listed here: see BuiltFrom.
 */
export function WarningsList({ problems }: { problems: AnswerNotes["problems"] }) {
  if (!problems.length) return null;
  return (
    <div className={`notice notice--warn ${styles.warnings}`} role="status">
      <h2 className="subhead">Some results may be missing</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.code}-${p.text}`} data-code={p.code}>
            {p.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
