// Vendor quotas that are part of an upstream's normal behaviour rather than injected faults:
// Deezer's ~50 requests per 5 s and Ticketmaster's daily calls per API key. Like the fault
// engine's rate windows, they restart whenever knobs are set or reset.
import type { Knobs } from "./knobs";

const DEEZER_WINDOW_MS = 5_000;

export class QuotaStore {
  private deezer: number[] = [];
  private ticketmaster = new Map<string, { used: number; resetAt: number }>();

  constructor(private getKnobs: () => Knobs) {}

  reset(): void {
    this.deezer = [];
    this.ticketmaster.clear();
  }

  /** Counts one Deezer request; false when it is over the quota (and so not served). */
  takeDeezer(now = Date.now()): boolean {
    const limit = this.getKnobs().deezerQuota;
    if (limit === 0) return true;
    while (this.deezer.length > 0 && (this.deezer[0] ?? 0) <= now - DEEZER_WINDOW_MS) this.deezer.shift();
    if (this.deezer.length >= limit) return false;
    this.deezer.push(now);
    return true;
  }

  /**
   * Counts one Ticketmaster call for the key; null when the quota is used up. The day starts with
   * the key's first call (as Ticketmaster's Rate-Limit-Reset shows) and does not roll over.
   */
  takeTicketmaster(apiKey: string, now = Date.now()): { limit: number; available: number; resetAt: number } | null {
    const limit = this.getKnobs().ticketmasterDailyQuota;
    const day = this.ticketmaster.get(apiKey) ?? { used: 0, resetAt: now + 86_400_000 };
    if (limit > 0 && day.used >= limit) return null;
    day.used++;
    this.ticketmaster.set(apiKey, day);
    return { limit, available: Math.max(0, limit - day.used), resetAt: day.resetAt };
  }
}
