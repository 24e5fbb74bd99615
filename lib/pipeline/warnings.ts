import { CAPABILITIES, CAPABILITY_KEYS, WARNING_CODES, type CapabilityKey, type ChainedCapability, type PipelineWarning, type WarningCode } from "@/lib/domain/capabilities";
import { UpstreamFailure, UpstreamRefusal, UpstreamUnavailableError, type UpstreamName } from "@/lib/domain/errors";
import type { Capabilities } from "@/lib/domain/ports";
import { YOUR_LIST } from "@/lib/domain/taste";
import { logValue } from "@/lib/log/log-value";
import { joinNames } from "@/lib/text/join-names";
import type { Refusal } from "./refusal-memory";

// One request's account of itself: which source served each capability, which sources refused
// our app, and what could not be fetched (one warning per code and source, listing every artist
// concerned), worded for the listener. Every order is fixed, so the same request answers the same.

/** Why a source refuses a capability to our app, in the listener's words. */
function refusalText(source: UpstreamName, capability: CapabilityKey, { reason, explanation }: Refusal): string {
  if (reason === "quota_used_up") return `${source.label}'s daily request quota for our app is used up until it resets`;
  if (reason === "key_refused") return `${source.label} refused our app's key`;
  return explanation ?? `${source.label} does not share ${CAPABILITIES[capability].what} with our app`;
}

function list(names: string[]): string {
  if (names.length <= 5) return names.join(", ");
  return `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
}

interface Failure {
  code: WarningCode;
  capability: CapabilityKey;
  source: UpstreamName;
  subjects: string[];
  message: (subjects: string, label: string, any: boolean) => string;
}

/** Each capability's sources in the order they are tried: `sources` and warnings list them so. */
export function sourceOrder(caps: Capabilities): Record<CapabilityKey, string[]> {
  const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
  return {
    top_artists: [caps.taste.id, ...ids(caps.profiles), YOUR_LIST.id],
    similar_artists: ids(caps.similarArtists),
    artist_tracks: ids(caps.artistTracks),
    track_features: ids(caps.trackFeatures),
    concerts: ids([...caps.artistConcerts, ...caps.areaConcerts]),
  };
}

export class Warnings {
  private readonly failures = new Map<string, Failure>();
  private readonly errors = new Map<CapabilityKey, UpstreamFailure[]>();
  private readonly servedBy = new Map<CapabilityKey, Map<string, string>>();
  private readonly refusedBy = new Map<CapabilityKey, Map<string, { source: UpstreamName; refusal: Refusal }>>();
  private readonly extra: PipelineWarning[] = [];
  private readonly subjectRank = new Map<string, number>();

  constructor(private readonly order: Record<CapabilityKey, string[]>) {}

  /** The listener's artists in their order: a warning lists its subjects in it, whatever order failures arrived in. */
  orderSubjects(names: readonly string[]): void {
    for (const name of names) if (!this.subjectRank.has(name)) this.subjectRank.set(name, this.subjectRank.size);
  }

  /** `source` gave (part of) the answer for `capability`. */
  served(capability: CapabilityKey, source: UpstreamName): void {
    const sources = this.servedBy.get(capability) ?? new Map<string, string>();
    this.servedBy.set(capability, sources.set(source.id, source.label));
  }

  /** `source` refuses `capability` to our app (asked now, or remembered from an earlier request). */
  refused(capability: CapabilityKey, source: UpstreamName, refusal: Refusal): void {
    const sources = this.refusedBy.get(capability) ?? new Map();
    this.refusedBy.set(capability, sources.set(source.id, { source, refusal }));
  }

  /** A concert source does not know this artist. */
  notFound(source: UpstreamName, artist: string): void {
    this.add({ code: "artist_not_found", capability: "concerts", source, subjects: [artist], message: (s, l) => `${l} does not know ${s}.` });
  }

  /** A source failed (after its retries) to serve `capability` for these subjects, or for the whole request. */
  addFailure(capability: ChainedCapability, source: UpstreamName, error: unknown, ...subjects: string[]): void {
    const { code, failed } = CAPABILITIES[capability].unavailable;
    this.add({ code, capability, source, subjects, message: failed });
    if (error instanceof UpstreamFailure) this.errors.set(capability, [...(this.errors.get(capability) ?? []), error]);
    else {
      console.error(`[pipeline] unexpected ${code} error:`, logValue(error instanceof Error ? error.message : error));
    }
  }

  private add(failure: Failure): void {
    const key = `${failure.code}/${failure.source.id}`;
    const entry = this.failures.get(key) ?? { ...failure, subjects: [] };
    for (const subject of failure.subjects) if (!entry.subjects.includes(subject)) entry.subjects.push(subject);
    this.failures.set(key, entry);
  }

  /**
   * Why no source could serve `capability` at all, as the error the answer should be: a used-up quota
   * or a rate limit says so (with when to come back); otherwise that none answered.
   */
  whyNone(capability: ChainedCapability, otherwise: string): Error {
    for (const { source, refusal } of this.refusedBy.get(capability)?.values() ?? []) {
      if (refusal.reason === "quota_used_up") return new UpstreamRefusal(source, "quota_used_up", refusalText(source, capability, refusal), undefined, refusal.resetsAt);
    }
    const errors = this.errors.get(capability) ?? [];
    return errors.find((e) => e.kind === "rate_limited") ?? errors.find((e) => e.kind === "unavailable") ?? new UpstreamUnavailableError(otherwise);
  }

  note(warning: PipelineWarning): void {
    this.extra.push(warning);
  }

  private rank(capability: CapabilityKey, source: string): number {
    const i = this.order[capability].indexOf(source);
    return i === -1 ? Infinity : i;
  }

  /** Which sources served each capability, in the order they are tried (not the order they answered). */
  sources(): Partial<Record<CapabilityKey, string[]>> {
    return Object.fromEntries(
      CAPABILITY_KEYS.flatMap((capability) => {
        const served = this.servedBy.get(capability);
        return served ? [[capability, [...served.keys()].sort((a, b) => this.rank(capability, a) - this.rank(capability, b))]] : [];
      }),
    );
  }

  list(): PipelineWarning[] {
    const refusals: PipelineWarning[] = [];
    for (const capability of CAPABILITY_KEYS) {
      const refusing = this.refusedBy.get(capability);
      if (!refusing || capability === "top_artists") continue;
      const { what, unavailable } = CAPABILITIES[capability];
      const served = [...(this.servedBy.get(capability) ?? [])]
        .filter(([id]) => !refusing.has(id))
        .sort(([a], [b]) => this.rank(capability, a) - this.rank(capability, b))
        .map(([, label]) => label);
      for (const { source, refusal } of refusing.values()) {
        const why = refusalText(source, capability, refusal);
        refusals.push(
          served.length
            ? { code: "source_fallback", source: source.id, message: `${why}: ${what} from ${joinNames(served)}.` }
            : { code: unavailable.code, source: source.id, message: `${why}, ${unavailable.without}.` },
        );
      }
    }
    const rank = (subject: string) => this.subjectRank.get(subject) ?? Infinity;
    const failures = [...this.failures.values()]
      .sort((a, b) => WARNING_CODES.indexOf(a.code) - WARNING_CODES.indexOf(b.code) || this.rank(a.capability, a.source.id) - this.rank(b.capability, b.source.id))
      .map(({ code, source, subjects: unordered, message }) => {
        const subjects = [...unordered].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
        return { code, source: source.id, message: message(list(subjects), source.label, subjects.length > 0), ...(subjects.length ? { subjects } : {}) };
      });
    return [...refusals, ...failures, ...this.extra];
  }
}
