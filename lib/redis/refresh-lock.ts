import { createHmac } from "node:crypto";
import { Mutex, TimeoutError } from "redis-semaphore";
import { seal, unseal } from "@/lib/security/sealed";
import type { SharedStore } from "./shared-store";

// One refresh of a listener's Spotify token across instances. Spotify may rotate refresh tokens (a
// refresh token then works once), so two instances refreshing the same one at once would sign the
// listener out. A lock (redis-semaphore's Mutex) lets one instance refresh while the others wait;
// the one that refreshed hands the result over for a few seconds, sealed with a key derived from
// the old refresh token itself, which Redis never sees (only the listener's own cookie holds it):
// not even someone holding the session secret and all of Redis can open it. The lock and the
// hand-off are named by a keyed hash of the refresh token, which cannot be turned back into it.

/** Longest a refresh may hold the lock (it is one call to Spotify's accounts, not retried). */
const LOCK_MS = 10_000;
/** How long the result waits for the instances that wanted the same refresh. */
const HANDOFF_SECONDS = 10;

export async function refreshOnce<T>(store: SharedStore, secret: string, refreshToken: string, refresh: () => Promise<T | null>): Promise<T | null> {
  await store.settled();
  if (!store.ready) return refresh();
  const name = createHmac("sha256", secret).update(`refresh-token\0${refreshToken}`).digest("base64url");
  // Sealed with a key from the refresh token (which only the listener's cookie holds) and the secret.
  const handoff = new Handoff<T>(store, `gigscovery:refresh:handoff:${name}`, `${refreshToken}\0${secret}`);
  const done = await handoff.read();
  if (done) return done;
  const lock = new Mutex(store.redis, `gigscovery:refresh:${name}`, { lockTimeout: LOCK_MS, acquireTimeout: LOCK_MS, retryInterval: 25, refreshInterval: 0 });
  try {
    await lock.acquire();
  } catch (error) {
    // Redis went away, or the holder is stuck: refresh here rather than keep the listener waiting.
    if (!(error instanceof TimeoutError)) store.failed(error);
    return (await handoff.read()) ?? refresh();
  }
  try {
    const meanwhile = await handoff.read();
    if (meanwhile) return meanwhile;
    const fresh = await refresh();
    if (fresh) await handoff.write(fresh);
    return fresh;
  } finally {
    await lock.release().catch(() => undefined);
  }
}

/** A value sealed (lib/security/sealed.ts) for a few seconds under one key. */
class Handoff<T> {
  constructor(
    private readonly store: SharedStore,
    private readonly key: string,
    private readonly sealing: string,
  ) {}

  read(): Promise<T | undefined> {
    return this.store.attempt(async (redis) => {
      const sealed = await redis.get(this.key);
      if (!sealed) return undefined;
      const opened = await unseal(sealed, this.sealing, "refresh-handoff");
      return "payload" in opened ? (opened.payload.value as T) : undefined; // not sealed with this token's key
    }, () => undefined);
  }

  async write(value: T): Promise<void> {
    const sealed = await seal({ value }, this.sealing, "refresh-handoff", HANDOFF_SECONDS);
    return this.store.attempt(async (redis) => void (await redis.set(this.key, sealed, "EX", HANDOFF_SECONDS)), () => undefined);
  }
}
