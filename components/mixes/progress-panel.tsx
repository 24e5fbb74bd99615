import type { PipelineStage } from "@/lib/domain/progress";
import type { Progress } from "./bins-stream";

const STEPS: { stage: PipelineStage; label: string }[] = [
  { stage: "top_artists", label: "Reading your top artists" },
  { stage: "related_artists", label: "Finding similar artists" },
  { stage: "features", label: "Listening to their tracks" },
  { stage: "mixes", label: "Forming mixes" },
  { stage: "concerts", label: "Looking up concerts" },
];

/** Live progress from the stream: each step is done once the next one has started. */
export function ProgressPanel({ progress }: { progress: Progress }) {
  const reached = new Set(progress.stages);
  // A stage event means that stage's data is known, so the step after it is running.
  const running = Math.min(
    STEPS.length - 1,
    STEPS.reduce((acc, s, i) => (reached.has(s.stage) ? i + 1 : acc), 0),
  );
  const concertsLabel =
    progress.concertsTotal > 0 ? `Looking up concerts ${progress.concertsDone}/${progress.concertsTotal}` : "Looking up concerts";
  return (
    <section className="progress panel" aria-labelledby="progress-title" aria-busy="true">
      <h2 id="progress-title" className="subhead">
        Finding your concerts…
      </h2>
      <ol className="progress__steps">
        {STEPS.map((s, i) => {
          const done = i < running || (s.stage === "concerts" && reached.has("done"));
          const now = i === running && !done;
          const label = s.stage === "concerts" ? concertsLabel : s.label;
          return (
            <li key={s.stage} className={done ? "is-done" : now ? "is-now" : "is-todo"} aria-current={now ? "step" : undefined}>
              <span className="progress__mark" aria-hidden="true">
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
          className="progress__bar"
          role="progressbar"
          aria-label="Concert lookups"
          aria-valuemin={0}
          aria-valuemax={progress.concertsTotal}
          aria-valuenow={progress.concertsDone}
        >
          <span style={{ width: `${Math.round((100 * progress.concertsDone) / progress.concertsTotal)}%` }} />
        </div>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {running === STEPS.length - 1 ? concertsLabel : STEPS[running]?.label}
      </p>
    </section>
  );
}
