import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { Mutex, TimeoutError } from "redis-semaphore";
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
const HANDOFF_MS = 10_000;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export async function refreshOnce<T>(store: SharedStore, secret: string, refreshToken: string, refresh: () => Promise<T | null>): Promise<T | null> {
  await store.settled();
  if (!store.ready) return refresh();
  const name = createHmac("sha256", secret).update(`refresh-token\0${refreshToken}`).digest("base64url");
  const handoff = new Handoff<T>(store, `gigscovery:refresh:handoff:${name}`, sealKey(secret, refreshToken));
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

/** The sealing key: from the refresh token (which only the listener's cookie holds) and the secret. */
function sealKey(secret: string, refreshToken: string): Buffer {
  return Buffer.from(hkdfSync("sha256", refreshToken, secret, "gigscovery refresh hand-off", 32));
}

/** A value sealed with AES-256-GCM for a few seconds under one key. */
class Handoff<T> {
  constructor(
    private readonly store: SharedStore,
    private readonly key: string,
    private readonly sealingKey: Buffer,
  ) {}

  read(): Promise<T | undefined> {
    return this.store.attempt(async (redis) => {
      const sealed = await redis.getBuffer(this.key);
      return sealed ? this.open(sealed) : undefined;
    }, () => undefined);
  }

  write(value: T): Promise<void> {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.sealingKey, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
    const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]);
    return this.store.attempt(async (redis) => void (await redis.set(this.key, sealed, "PX", HANDOFF_MS)), () => undefined);
  }

  private open(sealed: Buffer): T | undefined {
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.sealingKey, sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const text = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
      return JSON.parse(text) as T;
    } catch {
      return undefined; // not sealed with this token's key
    }
  }
}
