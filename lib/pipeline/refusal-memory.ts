import type { CapabilityKey } from "@/lib/domain/capabilities";
import type { RefusalReason } from "@/lib/domain/errors";

const HOUR = 60 * 60_000;

/** Why a source refused a capability: the reason, and the source's own story when it tells one. */
export interface Refusal {
  reason: RefusalReason;
  explanation?: string;
}

/**
 * Which sources refused which capability to our app, and why (Spotify's 403/404 for restricted
 * endpoints, a refused key, a used-up quota), so that a refusal is detected once and not asked
 * again on every request. About our app, not any listener: shared by all requests, forgotten
 * after `ttlMs`.
 */
export class RefusalMemory {
  private readonly refusals = new Map<string, Refusal & { until: number }>();

  constructor(private readonly ttlMs = HOUR) {}

  /** Why `source` refused `capability` lately; undefined when it did not, or the memory faded. */
  refusal(source: string, capability: CapabilityKey): Refusal | undefined {
    const key = `${source}/${capability}`;
    const entry = this.refusals.get(key);
    if (entry && Date.now() < entry.until) return { reason: entry.reason, explanation: entry.explanation };
    this.refusals.delete(key);
    return undefined;
  }

  remember(source: string, capability: CapabilityKey, refusal: Refusal): void {
    this.refusals.set(`${source}/${capability}`, { ...refusal, until: Date.now() + this.ttlMs });
  }
}
