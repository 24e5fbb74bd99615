import { CAPABILITY_KEYS, WARNING_CODES, type CapabilityKey, type ChainedCapability, type PipelineWarning } from "@/lib/domain/types";
import { bySourceOrder, joinNames, sourceLabel } from "@/lib/domain/sources";
import { UpstreamFailure } from "@/lib/http/upstream-client";
import type { RefusalReason } from "@/lib/sources/errors";

// One request's account of itself: which source served each capability, which sources refused
// our app, and what could not be fetched (one warning per code and source, listing every artist
// concerned), worded for the listener.

type FailedCode = "related_artists_unavailable" | "tracks_unavailable" | "audio_features_unavailable" | "events_unavailable";

/** The warning for a capability that no source could serve. */
const UNAVAILABLE: Record<ChainedCapability, FailedCode> = {
  similar_artists: "related_artists_unavailable",
  artist_tracks: "tracks_unavailable",
  track_features: "audio_features_unavailable",
  concerts: "events_unavailable",
};
const WHAT: Record<CapabilityKey, string> = {
  top_artists: "top artists",
  similar_artists: "similar artists",
  artist_tracks: "tracks",
  track_features: "audio features",
  concerts: "concerts",
};
const WITHOUT: Record<CapabilityKey, string> = {
  top_artists: "",
  similar_artists: "so only your top artists are included",
  artist_tracks: "and no other source had tracks, so mixes could not be formed by sound",
  track_features: "and no other source had them, so mixes could not be formed by sound",
  concerts: "so no concerts could be looked up there",
};

/** Spotify's restrictions for new apps, with the dates they began. */
const SPOTIFY_RESTRICTED: Partial<Record<CapabilityKey, string>> = {
  similar_artists: "Spotify does not share related artists with new apps (restricted since November 2024)",
  artist_tracks: "Spotify does not share artists' top tracks with new apps (restricted since 2026)",
  track_features: "Spotify does not share audio features with new apps (restricted since November 2024)",
};

/** Why a source refuses a capability to our app, in the listener's words. */
function refusal(source: string, capability: CapabilityKey, reason: RefusalReason): string {
  const label = sourceLabel(source);
  if (reason === "quota_used_up") return `${label}'s daily request quota for our app is used up until it resets`;
  if (reason === "key_refused") return `${label} refused our app's key`;
  return (source === "spotify" && SPOTIFY_RESTRICTED[capability]) || `${label} does not share ${WHAT[capability]} with our app`;
}

type FailureCode = FailedCode | "artist_not_found";
const FAILURE_MESSAGES: Record<FailureCode, (subjects: string[], label: string) => string> = {
  related_artists_unavailable: (s, l) => `Similar artists could not be fetched for ${list(s)} (${l} did not answer).`,
  tracks_unavailable: (s, l) =>
    `Tracks could not be fetched for ${list(s)} (${l} did not answer); they were placed in the mix closest to the artists they relate to.`,
  audio_features_unavailable: (s, l) => `Audio features could not be fetched for tracks by ${list(s)} (${l} did not answer).`,
  events_unavailable: (s, l) =>
    s.length ? `Concerts could not be looked up on ${l} for ${list(s)}; try again in a moment.` : `${l} could not be searched for concerts; try again in a moment.`,
  artist_not_found: (s, l) => `${l} does not know ${list(s)}.`,
};

function list(names: string[]): string {
  if (names.length <= 5) return names.join(", ");
  return `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
}

export class Warnings {
  private readonly failures = new Map<string, { code: FailureCode; source: string; subjects: string[] }>();
  private readonly servedBy = new Map<CapabilityKey, Set<string>>();
  private readonly refusedBy = new Map<CapabilityKey, Map<string, RefusalReason>>();
  private readonly extra: PipelineWarning[] = [];
  private readonly subjectRank = new Map<string, number>();

  /** The listener's artists in their order: a warning lists its subjects in it, whatever order failures arrived in. */
  orderSubjects(names: readonly string[]): void {
    for (const name of names) if (!this.subjectRank.has(name)) this.subjectRank.set(name, this.subjectRank.size);
  }

  /** `source` gave (part of) the answer for `capability`. */
  served(capability: CapabilityKey, source: string): void {
    const set = this.servedBy.get(capability) ?? new Set();
    this.servedBy.set(capability, set.add(source));
  }

  /** `source` refuses `capability` to our app (asked now, or remembered from an earlier request). */
  refused(capability: CapabilityKey, source: string, reason: RefusalReason): void {
    const sources = this.refusedBy.get(capability) ?? new Map<string, RefusalReason>();
    this.refusedBy.set(capability, sources.set(source, reason));
  }

  /** A source does not know this artist. */
  notFound(source: string, artist: string): void {
    this.add("artist_not_found", source, artist);
  }

  /** A source failed (after its retries) to serve `capability` for one subject, or for the whole request. */
  addFailure(capability: ChainedCapability, source: string, error: unknown, ...subjects: string[]): void {
    const code = UNAVAILABLE[capability];
    this.add(code, source, ...subjects);
    if (!(error instanceof UpstreamFailure)) {
      console.error(`[pipeline] unexpected ${code} error:`, error instanceof Error ? error.message : error);
    }
  }

  private add(code: FailureCode, source: string, ...subjects: string[]): void {
    const entry = this.failures.get(`${code}/${source}`) ?? { code, source, subjects: [] };
    for (const subject of subjects) if (!entry.subjects.includes(subject)) entry.subjects.push(subject);
    this.failures.set(`${code}/${source}`, entry);
  }

  note(warning: PipelineWarning): void {
    this.extra.push(warning);
  }

  /** Which sources served each capability, in the order they are tried (not the order they answered, so answers repeat exactly). */
  sources(): Partial<Record<CapabilityKey, string[]>> {
    return Object.fromEntries(
      CAPABILITY_KEYS.flatMap((capability) => {
        const set = this.servedBy.get(capability);
        return set ? [[capability, [...set].sort(bySourceOrder)]] : [];
      }),
    );
  }

  list(): PipelineWarning[] {
    const refusals: PipelineWarning[] = [];
    for (const capability of CAPABILITY_KEYS) {
      const refusing = this.refusedBy.get(capability);
      if (!refusing || capability === "top_artists") continue;
      const served = [...(this.servedBy.get(capability) ?? [])].filter((s) => !refusing.has(s));
      for (const [source, reason] of refusing) {
        const why = refusal(source, capability, reason);
        refusals.push(
          served.length
            ? { code: "source_fallback", source, message: `${why}: ${WHAT[capability]} from ${joinNames(served.map(sourceLabel))}.` }
            : { code: UNAVAILABLE[capability], source, message: `${why}, ${WITHOUT[capability]}.` },
        );
      }
    }
    const rank = (subject: string) => this.subjectRank.get(subject) ?? Infinity;
    const inOrder = (subjects: string[]) => [...subjects].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const failures = [...this.failures.values()]
      .sort((a, b) => WARNING_CODES.indexOf(a.code) - WARNING_CODES.indexOf(b.code) || bySourceOrder(a.source, b.source))
      .map(({ code, source, subjects: unordered }) => ({ code, source, subjects: inOrder(unordered) }))
      .map(({ code, source, subjects }) => ({
      code,
      source,
      message: FAILURE_MESSAGES[code](subjects, sourceLabel(source)),
      ...(subjects.length ? { subjects } : {}),
    }));
    return [...refusals, ...failures, ...this.extra];
  }
}
