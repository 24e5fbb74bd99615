import type { PipelineStage } from "@/lib/domain/capabilities";
import type { Progress } from "./bins-stream";
import styles from "./progress-panel.module.css";

const STEPS: { stage: Exclude<PipelineStage, "done">; label: string }[] = [
  { stage: "top_artists", label: "Reading your top artists" },
  { stage: "related_artists", label: "Finding similar artists" },
  { stage: "features", label: "Listening to their tracks" },
  { stage: "mixes", label: "Forming mixes" },
  { stage: "concerts", label: "Looking up concerts" },
];

/**
 * Live progress from the stream. A stage event means that stage's data is known. The server
 * may look up concerts while it is still forming mixes, so each step is tracked on its own.
 */
export function ProgressPanel({ progress }: { progress: Progress }) {
  const reached = new Set(progress.stages);
  // The total grows while similar artists are still being found: only then can the count be complete.
  const concertsDone =
    reached.has("done") ||
    (reached.has("related_artists") && progress.concertsTotal > 0 && progress.concertsDone >= progress.concertsTotal);
  const isDone = (s: PipelineStage) => (s === "concerts" ? concertsDone : reached.has(s));
  const firstOpen = STEPS.findIndex((s) => !isDone(s.stage));
  const concertsLabel =
    progress.concertsTotal > 0 ? `Looking up concerts ${progress.concertsDone}/${progress.concertsTotal}` : "Looking up concerts";
  const current = firstOpen >= 0 ? STEPS[firstOpen]! : null;
  const says = current ? (current.stage === "concerts" ? concertsLabel : current.label) : "Almost there";
  return (
    <section className={`panel ${styles.progress}`} aria-labelledby="progress-title" aria-busy="true" data-part="progress">
      <h3 id="progress-title" className="subhead">
        Finding your concerts…
      </h3>
      <ol className={styles.steps}>
        {STEPS.map((s, i) => {
          const done = isDone(s.stage);
          const now = !done && (i === firstOpen || (s.stage === "concerts" && progress.concertsDone > 0));
          const label = s.stage === "concerts" ? concertsLabel : s.label;
          return (
            <li key={s.stage} className={done ? "is-done" : now ? "is-now" : "is-todo"} aria-current={now ? "step" : undefined}>
              <span className={styles.mark} aria-hidden="true">
                {done ? "✓" : ""}
              </span>
              <span>
                {label}
                {now ? "…" : ""}
              </span>
              {done ? <span className="sr-only"> (done)</span> : null}
            </li>
          );
        })}
      </ol>
      {progress.concertsTotal > 0 ? (
        <div
          className={styles.bar}
          role="progressbar"
          aria-label="Concert look-ups"
          aria-valuemin={0}
          aria-valuemax={progress.concertsTotal}
          aria-valuenow={progress.concertsDone}
        >
          <span style={{ width: `${Math.round((100 * progress.concertsDone) / progress.concertsTotal)}%` }} />
        </div>
      ) : null}
      {progress.found.length ? (
        <p className={styles.found} data-part="found-so-far">
          {progress.found.length} {progress.found.length === 1 ? "concert" : "concerts"} found so far
        </p>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {says}
      </p>
    </section>
  );
}
