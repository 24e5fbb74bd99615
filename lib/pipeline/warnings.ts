import type { PipelineWarning } from "@/lib/domain/types";
import { CapabilityRestrictedError } from "@/lib/sources/errors";
import { UpstreamFailure } from "@/lib/http/upstream-client";

// Collects what the pipeline could not fetch, one warning per (code, source, reason) listing
// every artist concerned, worded for the listener.

type Reason = "restricted" | "failed" | "not_found";

const MESSAGES: Record<string, (subjects: string[]) => string> = {
  "related_artists_unavailable/restricted": () =>
    "Spotify does not give related artists to this app (restricted for new apps since November 2024), so only your top artists are included.",
  "related_artists_unavailable/failed": (s) => `Similar artists could not be fetched for ${list(s)}.`,
  "tracks_unavailable/restricted": () =>
    "Spotify does not give artists' top tracks to this app (restricted since 2026), so mixes could not be formed by sound.",
  "tracks_unavailable/failed": (s) => `Tracks could not be fetched for ${list(s)}; they were placed in the mix closest to the artists they relate to.`,
  "audio_features_unavailable/restricted": () =>
    "Spotify does not give audio features to this app (restricted for new apps since November 2024), so your artists are shown as one mix instead of mixes by sound.",
  "audio_features_unavailable/failed": () =>
    "Audio features could not be fetched for some tracks; those artists were placed in the mix closest to the artists they relate to.",
  "events_unavailable/restricted": () => "The concert source refused our app's key, so no concerts could be looked up.",
  "events_unavailable/failed": (s) => `Concerts could not be looked up for ${list(s)}; try again in a moment.`,
  "artist_not_found/not_found": (s) => `The concert source does not know ${list(s)}.`,
};

function list(names: string[]): string {
  if (names.length <= 5) return names.join(", ");
  return `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
}

export class Warnings {
  private readonly entries = new Map<string, { code: PipelineWarning["code"]; source: string; reason: Reason; subjects: string[] }>();
  private readonly extra: PipelineWarning[] = [];

  add(code: PipelineWarning["code"], source: string, reason: Reason, subject?: string): void {
    const key = `${code}/${reason}/${source}`;
    const entry = this.entries.get(key) ?? { code, source, reason, subjects: [] };
    if (subject && !entry.subjects.includes(subject)) entry.subjects.push(subject);
    this.entries.set(key, entry);
  }

  /** Record a capability failure for one subject, choosing the reason from the error. */
  addFailure(code: PipelineWarning["code"], source: string, error: unknown, subject?: string): void {
    const reason: Reason = error instanceof CapabilityRestrictedError ? "restricted" : "failed";
    this.add(code, source, reason, reason === "restricted" ? undefined : subject);
    if (!(error instanceof CapabilityRestrictedError) && !(error instanceof UpstreamFailure)) {
      console.error(`[pipeline] unexpected ${code} error:`, error instanceof Error ? error.message : error);
    }
  }

  note(warning: PipelineWarning): void {
    this.extra.push(warning);
  }

  list(): PipelineWarning[] {
    const collected = [...this.entries.values()].map(({ code, source, reason, subjects }) => ({
      code,
      source,
      message: MESSAGES[`${code}/${reason}`]!(subjects),
      ...(subjects.length ? { subjects } : {}),
    }));
    return [...collected, ...this.extra];
  }
}
