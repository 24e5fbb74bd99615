import "server-only";
import type { TasteChoice } from "@/lib/domain/taste";
import { sourceLabels } from "@/lib/sources/registry";
import type { TasteSummary } from "@/lib/validations/taste-response";

/** The taste in the listener's cookie, for the listener (and only them) to see; `artists` when it was just read. */
export function tasteSummary(choice: TasteChoice, artists?: string[]): TasteSummary {
  const label = sourceLabels()[choice.source] ?? choice.source;
  const read = artists ? { artists: artists.slice(0, 10) } : {};
  if (choice.source === "your-list") return { source: choice.source, label, artist_ids: choice.artistIds, ...read };
  return { source: choice.source, label, username: choice.username, period: choice.period, ...read };
}
