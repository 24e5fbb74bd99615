import type { PipelineWarning } from "@/lib/domain/capabilities";
import { UpstreamFailure, type UpstreamName } from "@/lib/domain/errors";

// A request's deadline: when it passes, the answer is what was found, and one warning names what is
// missing. The same signal ends the request's upstream work that nobody else shares (lib/http).

/** What a deadline can leave out, in the words the warning uses. */
type Missing = "similar artists" | "tracks" | "audio features" | "concerts" | "performers nearby";

const NOT_NEEDED = new AbortController().signal;

export class Deadline {
  private readonly missing = new Map<Missing, string[]>();

  /** `signal` aborts at the deadline (or when the client leaves); none: no deadline. */
  constructor(
    readonly signal: AbortSignal = NOT_NEEDED,
    private readonly seconds = 0,
  ) {}

  /** Whether the deadline has passed (or the client left). */
  get passed(): boolean {
    return this.signal.aborted;
  }

  /** `work`'s outcome, or `late()`'s once the deadline has passed (noting `what` is missing for `subjects`). */
  within<T>(work: Promise<T>, what: Missing, subjects: string[], late: () => T): Promise<T> {
    return this.race(work, () => {
      this.miss(what, subjects);
      return late();
    });
  }

  /** What the answer cannot do without (the listener's taste): past the deadline it fails the request. */
  required<T>(work: Promise<T>, upstream: UpstreamName): Promise<T> {
    return this.race(work, () => {
      throw new UpstreamFailure(upstream, "timeout", `${upstream.label} did not answer within ${this.seconds} s`);
    });
  }

  private race<T>(work: Promise<T>, passed: () => T): Promise<T> {
    if (this.signal === NOT_NEEDED) return work;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        try {
          resolve(passed());
        } catch (error) {
          reject(error);
        }
      };
      if (this.signal.aborted) return onAbort();
      this.signal.addEventListener("abort", onAbort, { once: true });
      const settle = () => this.signal.removeEventListener("abort", onAbort);
      work.then(
        (value) => (settle(), resolve(value)),
        (error: unknown) => (settle(), reject(error)),
      );
    });
  }

  private miss(what: Missing, subjects: string[]): void {
    const list = this.missing.get(what) ?? [];
    for (const s of subjects) if (!list.includes(s)) list.push(s);
    this.missing.set(what, list);
  }

  /** One warning naming what the answer leaves out, if the deadline passed before everything came back. */
  warning(): PipelineWarning | null {
    if (this.missing.size === 0) return null;
    const parts = [...this.missing].map(([what, subjects]) => (subjects.length ? `${what} for ${shortList(subjects)}` : what));
    return {
      code: "timed_out",
      message: `Some sources were still answering after ${this.seconds} seconds, so this answer was sent without: ${parts.join("; ")}. Search again in a moment for the rest.`,
      subjects: [...new Set([...this.missing.values()].flat())],
    };
  }
}

function shortList(names: string[]): string {
  return names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}
