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

/** A refusal as a store keeps it (plain data, so that it can be shared): until when it holds. */
export interface StoredRefusal {
  reason: RefusalReason;
  explanation?: string;
  /** ms since epoch */
  resetsAt?: number;
  /** ms since epoch */
  until: number;
}

/**
 * Where refusals are kept, by "source/capability": this process's memory, or a store every instance
 * shares (lib/redis/refusal-store.ts), so that a refusal one instance learned, the others know.
 */
export interface RefusalStore {
  get(key: string): Promise<StoredRefusal | undefined>;
  /** Kept at once for this process; a shared store is written to behind it. */
  set(key: string, refusal: StoredRefusal): void;
}

/** Refusals in this process's memory. */
export class MemoryRefusals implements RefusalStore {
  private readonly refusals = new Map<string, StoredRefusal>();

  async get(key: string): Promise<StoredRefusal | undefined> {
    const entry = this.refusals.get(key);
    if (entry && Date.now() < entry.until) return entry;
    this.refusals.delete(key);
    return undefined;
  }

  set(key: string, refusal: StoredRefusal): void {
    this.refusals.set(key, refusal);
  }
}

/**
 * Which sources refused which capability to our app, and why (Spotify's 403/404 for restricted
 * endpoints, a refused key, a used-up quota), so that a refusal is detected once and not asked
 * again on every request; and which served, so they are asked freely. About our app, not any
 * listener: shared by all requests. A refusal is forgotten after `ttlMs` (then asked again).
 *
 * While nothing is known of a source and capability, the first ask goes alone and the others wait
 * for it: a refusal is learned from one request, not from a burst of them. With several instances
 * the refusals are shared (`store`); which sources served, and the first asks, are each instance's.
 */
export class RefusalMemory {
  private readonly serving = new Set<string>();
  private readonly firstAsks = new Map<string, Promise<void>>();

  constructor(
    private readonly ttlMs = HOUR,
    private readonly store: RefusalStore = new MemoryRefusals(),
  ) {}

  /** Why `source` refused `capability` lately; undefined when it did not, or the memory faded. */
  async refusal(source: string, capability: CapabilityKey): Promise<Refusal | undefined> {
    const entry = await this.store.get(`${source}/${capability}`);
    if (!entry || Date.now() >= entry.until) return undefined;
    return { reason: entry.reason, explanation: entry.explanation, resetsAt: entry.resetsAt === undefined ? undefined : new Date(entry.resetsAt) };
  }

  remember(source: string, capability: CapabilityKey, refusal: Refusal): void {
    const key = `${source}/${capability}`;
    this.serving.delete(key);
    const until = refusal.resetsAt?.getTime() ?? Date.now() + this.ttlMs;
    if (until > Date.now()) this.store.set(key, { reason: refusal.reason, explanation: refusal.explanation, resetsAt: refusal.resetsAt?.getTime(), until });
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
