import { setMaxListeners } from "node:events";
import { callingFor, currentCall } from "./call-context";

// Identical work already under way is joined instead of repeated: one promise per key while it is
// in flight, forgotten once it settles (the result itself lives elsewhere: a cache, a cookie).
// Joined work belongs to everyone waiting for it: it is cancelled only once every request that
// waits for it has ended, so one listener leaving never fails another's answer.

interface Shared<T> {
  work: Promise<T>;
  waiters: Waiters;
}

export class InFlight<T> {
  private readonly pending = new Map<string, Shared<T>>();

  /** Join the work in flight under `key`, if any. */
  join(key: string): Promise<T> | undefined {
    const shared = this.pending.get(key);
    if (!shared || shared.waiters.cancelled) return undefined; // being cancelled: start afresh
    shared.waiters.add();
    return shared.work;
  }

  /** Run `start()` and keep it under each of `keys` until it settles (a batch answers for many keys at once). */
  track<W extends T>(keys: readonly string[], start: () => Promise<W>): Promise<W> {
    const waiters = new Waiters();
    waiters.add();
    const work = waiters.run(start);
    const shared = { work, waiters };
    for (const key of keys) this.pending.set(key, shared);
    const forget = () => keys.forEach((key) => this.pending.get(key) === shared && this.pending.delete(key));
    work.then(forget, forget);
    return work;
  }

  /** The work in flight under `key`, or `start()` run and kept there until it settles. */
  run(key: string, start: () => Promise<T>): Promise<T> {
    return this.join(key) ?? this.track([key], start);
  }

  clear(): void {
    this.pending.clear();
  }
}

/** The requests waiting for one piece of shared work, and the signal that ends it when none is left. */
class Waiters {
  private readonly ended = new AbortController();
  private live = 0;
  /** Some waiter is not a request (a script, background work): the work is never cancelled. */
  private kept = false;
  private readonly client = currentCall()?.client ?? "";

  get cancelled(): boolean {
    return this.ended.signal.aborted;
  }

  add(): void {
    const call = currentCall();
    if (!call) {
      this.kept = true;
      return;
    }
    if (call.signal.aborted) return;
    this.live++;
    call.signal.addEventListener("abort", () => --this.live === 0 && !this.kept && this.ended.abort(), { once: true });
  }

  /** Run the work for all waiters: counted against the first one's fair share, ended with the last one. */
  run<W>(start: () => Promise<W>): Promise<W> {
    setMaxListeners(0, this.ended.signal); // each upstream call of the work listens to it
    if (this.live === 0 && !this.kept) this.ended.abort();
    return callingFor({ client: this.client, signal: this.ended.signal }, start);
  }
}
