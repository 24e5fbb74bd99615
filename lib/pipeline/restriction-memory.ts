import type { CapabilityKey } from "@/lib/domain/types";

const HOUR = 60 * 60_000;

/**
 * Which sources refused which capability to our app (Spotify's 403/404 for restricted endpoints,
 * a refused key), so that a refusal is detected once and not asked again on every request.
 * About our app, not any listener: shared by all requests, forgotten after `ttlMs`.
 */
export class RestrictionMemory {
  private readonly until = new Map<string, number>();

  constructor(private readonly ttlMs = HOUR) {}

  isRestricted(source: string, capability: CapabilityKey): boolean {
    const key = `${source}/${capability}`;
    const end = this.until.get(key);
    if (end === undefined) return false;
    if (Date.now() < end) return true;
    this.until.delete(key);
    return false;
  }

  remember(source: string, capability: CapabilityKey): void {
    this.until.set(`${source}/${capability}`, Date.now() + this.ttlMs);
  }
}
