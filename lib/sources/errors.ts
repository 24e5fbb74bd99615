// How a source says a capability cannot be served. The pipeline turns these into warnings.
import type { CapabilityKey } from "@/lib/domain/types";

/**
 * Why an upstream will not serve us: it restricts the endpoint for apps like ours (Spotify's
 * 2024/2026 restrictions for new apps), it refuses our key, or our daily quota is used up.
 */
export type RefusalReason = "restricted" | "key_refused" | "quota_used_up";

/** The upstream refuses this capability to our app, for `reason`. */
export class CapabilityRestrictedError extends Error {
  constructor(
    readonly source: string,
    readonly capability: CapabilityKey,
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = "CapabilityRestrictedError";
  }
}
