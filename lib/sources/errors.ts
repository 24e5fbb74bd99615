// How a source says a capability cannot be served. The pipeline turns these into warnings.

export type Capability = "top artists" | "similar artists" | "artist search" | "artist tracks" | "track features" | "events";

/** The upstream refuses this capability to our app (e.g. Spotify's 2024/2026 restrictions for new apps). */
export class CapabilityRestrictedError extends Error {
  constructor(
    readonly source: string,
    readonly capability: Capability,
    message: string,
  ) {
    super(message);
    this.name = "CapabilityRestrictedError";
  }
}
