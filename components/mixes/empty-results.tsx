import styles from "./empty-results.module.css";

interface Props {
  radius: number;
  days: number;
  onWiden: (() => void) | null;
  onLonger: (() => void) | null;
  noMixes: boolean;
  /** Some concert listings did not answer (see the warnings). */
  partial?: boolean;
}

export function EmptyResults({ radius, days, onWiden, onLonger, noMixes, partial }: Props) {
  return (
    <section className={`panel ${styles.empty}`} aria-labelledby="empty-title">
      <h2 id="empty-title">{noMixes ? "No mixes yet" : "No concerts found"}</h2>
      <p>
        {noMixes
          ? "We couldn't form any mixes from your listening. Try a longer taste period (Advanced → Taste from: All time) or more top artists."
          : `${partial ? "Among the listings that answered, none" : "None"} of your artists play within ${radius} km in the ${days} ${days === 1 ? "day" : "days"} you picked. Try a wider radius or longer dates${partial ? ", or try again in a while" : ""}.`}
      </p>
      <div className={styles.actions}>
        {onWiden ? (
          <button type="button" className="btn btn--primary btn--small" onClick={onWiden}>
            Widen to {radius < 100 ? 100 : 250} km
          </button>
        ) : null}
        {onLonger ? (
          <button type="button" className="btn btn--ghost btn--small" onClick={onLonger}>
            Search the next 90 days
          </button>
        ) : null}
      </div>
    </section>
  );
}
