import styles from "./empty-results.module.css";

/** One click that widens the search, e.g. "Widen to 100 km". */
export interface Widening {
  label: string;
  run: () => void;
}

interface Props {
  radius: number;
  days: number;
  /** Ways to widen the search, the most promising first. */
  widen: Widening[];
  noMixes: boolean;
  /** Some concert listings did not answer (see the warnings). */
  partial?: boolean;
}

export function EmptyResults({ radius, days, widen, noMixes, partial }: Props) {
  return (
    <section className={`panel ${styles.empty}`} aria-labelledby="empty-title">
      <h3 id="empty-title">{noMixes ? "No mixes yet" : "No concerts found"}</h3>
      <p>
        {noMixes
          ? "We couldn't form any mixes from your listening. Try more of your artists (Advanced → Your taste from: Everything you play)."
          : `${partial ? "Among the listings that answered, none" : "None"} of your artists, or performers who sound like them, play within ${radius} km in the ${days} ${days === 1 ? "day" : "days"} you picked. Try a wider radius, longer dates or more of your artists${partial ? ", or try again in a while" : ""}.`}
      </p>
      {widen.length ? (
        <div className={styles.actions}>
          {widen.map((w, i) => (
            <button key={w.label} type="button" className={`btn btn--small ${i === 0 ? "btn--primary" : "btn--ghost"}`} onClick={w.run}>
              {w.label}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
