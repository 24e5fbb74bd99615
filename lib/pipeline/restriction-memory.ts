import type { CapabilityKey } from "@/lib/domain/types";
import type { RefusalReason } from "@/lib/sources/errors";

const HOUR = 60 * 60_000;

/**
 * Which sources refused which capability to our app, and why (Spotify's 403/404 for restricted
 * endpoints, a refused key, a used-up quota), so that a refusal is detected once and not asked
 * again on every request. About our app, not any listener: shared by all requests, forgotten
 * after `ttlMs`.
 */
export class RestrictionMemory {
  private readonly refusals = new Map<string, { reason: RefusalReason; until: number }>();

  constructor(private readonly ttlMs = HOUR) {}

  /** Why `source` refused `capability` lately; undefined when it did not, or the memory faded. */
  refusal(source: string, capability: CapabilityKey): RefusalReason | undefined {
    const key = `${source}/${capability}`;
    const entry = this.refusals.get(key);
    if (entry && Date.now() < entry.until) return entry.reason;
    this.refusals.delete(key);
    return undefined;
  }

  remember(source: string, capability: CapabilityKey, reason: RefusalReason): void {
    this.refusals.set(`${source}/${capability}`, { reason, until: Date.now() + this.ttlMs });
  }
}
