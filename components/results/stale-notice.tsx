import { joinNames } from "@/lib/text/join-names";
import type { StaleChange } from "./stale";

const WORDS: Record<StaleChange, string> = { place: "the place", distance: "the distance", dates: "the dates" };

/** The form no longer says what the results are for: say so until Find. */
export function StaleNotice({ changes, shownFor, onUpdate }: { changes: StaleChange[]; shownFor: string; onUpdate: () => void }) {
  return (
    <div className="notice notice--warn" data-part="stale">
      <p>
        <strong>Out of date:</strong> you changed {joinNames(changes.map((c) => WORDS[c]))}. These results are still for {shownFor}.
      </p>
      <button type="button" className="btn btn--primary btn--small" onClick={onUpdate}>
        Update results
      </button>
    </div>
  );
}
