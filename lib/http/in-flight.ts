// Identical work already under way is joined instead of repeated: one promise per key while it is
// in flight, forgotten once it settles (the result itself lives elsewhere: a cache, a cookie).

export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  /** The work in flight under `key`, if any. */
  get(key: string): Promise<T> | undefined {
    return this.pending.get(key);
  }

  /** Keep `work` under each of `keys` until it settles (a batch answers for many keys at once). */
  track<W extends T>(keys: readonly string[], work: Promise<W>): Promise<W> {
    for (const key of keys) this.pending.set(key, work);
    const forget = () => keys.forEach((key) => this.pending.get(key) === work && this.pending.delete(key));
    work.then(forget, forget);
    return work;
  }

  /** The work in flight under `key`, or `start()` run and kept there until it settles. */
  run(key: string, start: () => Promise<T>): Promise<T> {
    return this.get(key) ?? this.track([key], start());
  }

  clear(): void {
    this.pending.clear();
  }
}
