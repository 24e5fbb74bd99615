// Values the server hands out and takes back without keeping them: a listener's taste in their
// cookie, a calendar feed's link, a refreshed token handed from one instance to the others. Encrypted and authenticated (JWE, direct key, A256GCM), so they
// reveal nothing to whoever sees them and only values we sealed open; each use has its own key,
// derived from a server secret, so a value sealed for one use never opens for another.
import { hkdfSync } from "node:crypto";
import { EncryptJWT, errors, jwtDecrypt, type JWTPayload } from "jose";

export type Purpose = "taste-cookie" | "calendar-feed" | "refresh-handoff";

function keyFor(secret: string, purpose: Purpose): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", secret, "gigscovery", `Gigscovery ${purpose} key`, 32));
}

export async function seal(payload: JWTPayload, secret: string, purpose: Purpose, maxAgeSeconds: number): Promise<string> {
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAgeSeconds)
    .encrypt(keyFor(secret, purpose));
}

/** What `seal` sealed, or why not: "expired" when its time is up, "invalid" when we did not seal it (or it was altered). */
export async function unseal(value: string, secret: string, purpose: Purpose): Promise<{ payload: JWTPayload } | { problem: "expired" | "invalid" }> {
  try {
    const { payload } = await jwtDecrypt(value, keyFor(secret, purpose), { keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] });
    return { payload };
  } catch (error) {
    return { problem: error instanceof errors.JWTExpired ? "expired" : "invalid" };
  }
}
