import Redis from "ioredis";
import { logValue } from "@/lib/log/log-value";

// The connection to the Redis that several instances share (REDIS_URL). Redis is a help, never a
// dependency: while it is unreachable or slow, every store answers from this instance's own memory
// (each says how), the outage is logged once, and the stores go back to Redis when it answers again.

/**
 * Longest a command may take before this instance answers from its own memory instead: Redis
 * answers in a millisecond, so only a Redis that hangs meets it; shorter, a busy instance's own
 * pauses (a search's clustering) would count as Redis failing.
 */
const COMMAND_TIMEOUT_MS = 1000;
/** After a failed command, how long Redis is left alone before it is tried again. */
const REST_AFTER_FAILURE_MS = 1000;
const CONNECT_TIMEOUT_MS = 1000;

export class SharedStore {
  readonly redis: Redis;
  private down = false;
  private restUntil = 0;
  private closed = false;
  /**
   * Settled once the first connection is made or has failed. Until then the stores wait (at most
   * CONNECT_TIMEOUT_MS from their first use) instead of acting alone: an instance that starts under
   * load must not spend the whole budget on its own in the moment before it reaches Redis.
   */
  private readonly firstContact: Promise<void>;
  private contacted = false;

  constructor(url: string) {
    this.redis = new Redis(url, {
      // Fail at once while disconnected, and never wait long: a request must not stall on Redis.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Reconnect for ever, at most a second apart: Redis back means shared again.
      retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
      // No auto-pipelining: with it, a Lua command defined while a pipeline is being filled (ours, or
      // rate-limiter-flexible's) fails and can misalign the replies (redis/ioredis#1931). Look-ups
      // issued together go in one explicit pipeline instead (lib/cache/redis-cache.ts).
    });
    this.redis.on("ready", () => this.reachable());
    this.redis.on("error", (error: unknown) => this.unreachable(error));
    this.redis.on("close", () => this.unreachable("connection closed"));
    this.firstContact = new Promise<void>((resolve) => {
      const settle = () => {
        this.contacted = true;
        resolve();
      };
      this.redis.once("ready", settle);
      this.redis.once("error", settle);
    });
  }

  /**
   * Resolves at once, except right after start: then once Redis is first reached or found
   * unreachable, or CONNECT_TIMEOUT_MS from now. Counted from the first use, not from start: while
   * Next.js starts up its event loop is busy, and the connection's events can come seconds late.
   */
  async settled(): Promise<void> {
    if (this.contacted) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.firstContact, new Promise<void>((resolve) => (timer = setTimeout(resolve, CONNECT_TIMEOUT_MS)))]);
    clearTimeout(timer);
  }

  /** Whether shared stores can be used now. */
  get ready(): boolean {
    return this.redis.status === "ready" && Date.now() >= this.restUntil;
  }

  /** `op` on Redis; `fallback` (this instance's own memory) when Redis is unreachable or the command fails. */
  async attempt<T>(op: (redis: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    await this.settled();
    if (!this.ready) return fallback();
    let result: T;
    try {
      result = await op(this.redis);
    } catch (error) {
      this.failed(error);
      return fallback();
    }
    if (this.down) this.reachable(); // a stall that ended without the connection dropping
    return result;
  }

  /** A command (or a library's, on this connection) failed: leave Redis alone for a moment. */
  failed(error: unknown): void {
    this.restUntil = Date.now() + REST_AFTER_FAILURE_MS;
    this.unreachable(error);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.redis.disconnect();
  }

  private unreachable(why: unknown): void {
    if (this.down || this.closed) return;
    this.down = true;
    console.warn(`[redis] unreachable (${logValue(why, 200)}): each instance uses its own memory until Redis answers again`);
  }

  private reachable(): void {
    this.restUntil = 0;
    if (!this.down) return;
    this.down = false;
    console.log("[redis] answering again: cache, budgets, refusals and limits are shared again");
  }
}
