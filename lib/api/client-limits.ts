import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { TooManyRequestsError } from "@/lib/domain/errors";
import { config } from "@/lib/config";
import type { ClientLimiter } from "@/lib/http/shared-budget";
import { processWide } from "@/lib/server/process-wide";
import { budgets } from "@/lib/server/shared-redis";

// Per-client limits in front of the pipeline: far above what a person (or the original client)
// does, so only a client that would spend what other listeners need ever meets one. Keys are client
// addresses and keyed hashes of tokens, never a token; with several instances the limits are shared
// through Redis, where even an address is only a keyed hash (lib/redis/redis-budgets.ts).

const LIMITS = {
  searchesPerAddress: { setting: "SEARCHES_PER_ADDRESS_PER_MINUTE", what: "searches from your address" },
  searchesPerListener: { setting: "SEARCHES_PER_LISTENER_PER_MINUTE", what: "searches for your Spotify account" },
  placesPerAddress: { setting: "PLACES_PER_ADDRESS_PER_MINUTE", what: "place look-ups from your address" },
} as const;

export type ClientLimit = keyof typeof LIMITS;

function limiterFor(limit: ClientLimit): ClientLimiter {
  return processWide(`limit.${limit}`, () => budgets().limiter({ keyPrefix: limit, points: config()[LIMITS[limit].setting], duration: 60 }));
}

/** Count one request of `client` against `limit`; over it, a 429 that says when to come back. */
export async function admit(limit: ClientLimit, client: string): Promise<void> {
  try {
    await limiterFor(limit).consume(client);
  } catch (refused) {
    if (!(refused instanceof RateLimiterRes)) throw refused;
    const seconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
    throw new TooManyRequestsError(
      `Too many ${LIMITS[limit].what} in a minute (at most ${config()[LIMITS[limit].setting]}). Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
      seconds,
    );
  }
}
