import type { GetBinsResponse } from "@/lib/domain/bins";
import type { PipelineWarning } from "@/lib/domain/types";

type WarningOut = GetBinsResponse["warnings"][number];

// Plain words per warning code (codes the server adds later fall back to its own message).
const PLAIN: Record<PipelineWarning["code"], string> & Record<string, string | undefined> = {
  related_artists_unavailable: "We couldn't fetch similar artists, so your mixes only use your own top artists.",
  audio_features_unavailable: "We couldn't get how the tracks sound, so the mixes are grouped more roughly than usual.",
  tracks_unavailable: "We couldn't read some artists' tracks, so they may sit in a less fitting mix.",
  events_unavailable: "The concert listings didn't answer for some artists, so some concerts may be missing.",
  artist_not_found: "Some artists aren't in the concert listings.",
  too_few_artists: "There were too few artists to form several mixes.",
  upstream_degraded: "One of the music services is slow or partly down, so results may be incomplete.",
};

function subjectsText(subjects: string[] | undefined): string {
  if (!subjects?.length) return "";
  const shown = subjects.slice(0, 4).join(", ");
  return subjects.length > 4 ? ` (${shown} and ${subjects.length - 4} more)` : ` (${shown})`;
}

export function WarningsList({ warnings }: { warnings: WarningOut[] }) {
  if (!warnings.length) return null;
  return (
    <div className="notice notice--warn warnings" role="status">
      <h2 className="subhead">Some results may be missing</h2>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.code}-${i}`} data-code={w.code}>
            {PLAIN[w.code] ?? w.message}
            {subjectsText(w.subjects)}
          </li>
        ))}
      </ul>
    </div>
  );
}
