import type { SearchState } from "@/components/search/search-state";

export type StaleChange = "place" | "distance" | "dates";

/** What the form now says differently from the search the results are for (the taste settings apply on Find too, but change no place or time). */
export function staleChanges(draft: SearchState, shown: SearchState): StaleChange[] {
  const out: StaleChange[] = [];
  const moved = draft.lat === null || draft.lon === null || shown.lat === null || shown.lon === null
    ? draft.lat !== shown.lat || draft.lon !== shown.lon
    : Math.abs(draft.lat - shown.lat) > 1e-4 || Math.abs(draft.lon - shown.lon) > 1e-4;
  if (moved) out.push("place");
  if (draft.radius !== shown.radius) out.push("distance");
  if (draft.from !== shown.from || draft.to !== shown.to) out.push("dates");
  return out;
}
