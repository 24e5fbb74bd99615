import type { CapabilityKey } from "@/lib/domain/capabilities";
import type { RefusalReason } from "@/lib/domain/errors";

const HOUR = 60 * 60_000;

/** Why a source refused a capability: the reason, and the source's own story when it tells one. */
export interface Refusal {
  reason: RefusalReason;
  explanation?: string;
  /** When a used-up quota is back, if known: remembered until then. */
  resetsAt?: Date;
}

/** How a first ask went, for those waiting on it. */
export type FirstAsk = "served" | "refused" | "failed";

/**
 * Which sources refused which capability to our app, and why (Spotify's 403/404 for restricted
 * endpoints, a refused key, a used-up quota), so that a refusal is detected once and not asked
 * again on every request; and which served, so they are asked freely. About our app, not any
 * listener: shared by all requests. A refusal is forgotten after `ttlMs` (then asked again).
 *
 * While nothing is known of a source and capability, the first ask goes alone and the others wait
 * for it: a refusal is learned from one request, not from a burst of them.
 */
export class RefusalMemory {
  private readonly refusals = new Map<string, Refusal & { until: number }>();
  private readonly serving = new Set<string>();
  private readonly firstAsks = new Map<string, Promise<void>>();

  constructor(private readonly ttlMs = HOUR) {}

  /** Why `source` refused `capability` lately; undefined when it did not, or the memory faded. */
  refusal(source: string, capability: CapabilityKey): Refusal | undefined {
    const key = `${source}/${capability}`;
    const entry = this.refusals.get(key);
    if (entry && Date.now() < entry.until) return { reason: entry.reason, explanation: entry.explanation, resetsAt: entry.resetsAt };
    this.refusals.delete(key);
    return undefined;
  }

  remember(source: string, capability: CapabilityKey, refusal: Refusal): void {
    const key = `${source}/${capability}`;
    this.serving.delete(key);
    this.refusals.set(key, { ...refusal, until: refusal.resetsAt?.getTime() ?? Date.now() + this.ttlMs });
  }

  /** `source` served `capability`: ask it freely from now on (until it refuses). */
  served(source: string, capability: CapabilityKey): void {
    this.serving.add(`${source}/${capability}`);
  }

  /**
   * Wait for one's turn to ask `source` for `capability`: at once when it is known to serve, else
   * behind the first ask in flight. Returns `done` when this ask is the first one, to be called
   * with its outcome; undefined otherwise.
   */
  async turn(source: string, capability: CapabilityKey): Promise<((outcome: FirstAsk) => void) | undefined> {
    const key = `${source}/${capability}`;
    if (this.serving.has(key)) return undefined;
    const first = this.firstAsks.get(key);
    if (first) {
      await first;
      return undefined;
    }
    let release!: () => void;
    this.firstAsks.set(key, new Promise<void>((resolve) => (release = resolve)));
    return (outcome) => {
      if (outcome === "served") this.served(source, capability);
      this.firstAsks.delete(key);
      release();
    };
  }
}
