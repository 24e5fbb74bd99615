import "server-only";
import { createHmac } from "node:crypto";
import { NotSignedInError } from "@/lib/domain/errors";
import { config } from "@/lib/config";
import { processWide } from "@/lib/server/process-wide";
import { budgets } from "@/lib/server/shared-redis";

// Tokens Spotify rejected lately, so that a flood of one costs no upstream call: known by a keyed
// hash only, and forgotten after a minute. Checked at the door (lib/server/door.ts) and by the routes;
// with several instances, one instance's rejection is known by all (in Redis, as a hash of the hash).

/**
 * A token as limits and memories know it: a keyed hash (HMAC under the session secret), which
 * tells one token from another but cannot be turned back into one.
 */
export function tokenKey(token: string): string {
  return createHmac("sha256", config().NEXTAUTH_SECRET).update(`listener-token\0${token}`).digest("base64url");
}

/** How long a token Spotify rejected is answered 401 at once, without asking Spotify again. */
const REJECTED_FOR_SECONDS = 60;
const rejected = () => processWide("rejectedTokens", () => budgets().limiter({ keyPrefix: "rejected-token", points: 1, duration: REJECTED_FOR_SECONDS }));

/** Spotify rejected this token: a flood of it costs no more upstream calls for a while. */
export async function rememberRejected(key: string): Promise<void> {
  await rejected().block(key, REJECTED_FOR_SECONDS);
}

/** A 401 at once for a token Spotify rejected lately. */
export async function refuseIfRejected(key: string): Promise<void> {
  const seen = await rejected().get(key);
  if (seen && seen.consumedPoints > 1) throw new NotSignedInError("Spotify rejected this access token a moment ago. Sign in with Spotify again.");
}
