import { presetRange } from "@/components/search/date-presets";
import type { SearchState } from "@/components/search/search-state";

/** One-click ways to widen a search that found nothing, each with the search it leads to. */
export function widenings(s: SearchState, days: number, today = new Date()): { label: string; next: SearchState }[] {
  const out: { label: string; next: SearchState }[] = [];
  if (s.radius < 250) {
    const radius = s.radius < 100 ? 100 : 250;
    out.push({ label: `Widen to ${radius} km`, next: { ...s, radius } });
  }
  if (days < 90) {
    const r = presetRange("90", today);
    out.push({ label: "Search the next 90 days", next: { ...s, from: r.begin, to: r.end } });
  }
  if (s.range !== "all" || s.artists !== null || !s.discoveries) {
    out.push({ label: "Use more of my artists", next: { ...s, range: "all", artists: null, discoveries: true } });
  }
  return out;
}
