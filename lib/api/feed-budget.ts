// Calendar apps fetch feeds on their own schedule, many at once after a restart: feeds share one
// budget of renders a minute (across instances, with Redis), so they never crowd out listeners'
// searches or the upstreams' limits. Beyond it, a 429 with Retry-After (calendar apps try again later).
import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import type { ClientLimiter } from "@/lib/http/shared-budget";
import { processWide } from "@/lib/server/process-wide";
import { budgets } from "@/lib/server/shared-redis";

/** Renders a minute, for all feeds together (each costs about one search's concert look-ups). */
export const FEED_RENDERS_PER_MINUTE = 60;

const rendersOfAllFeeds = (): ClientLimiter =>
  processWide("limit.feedRenders", () => budgets().limiter({ keyPrefix: "feedRenders", points: FEED_RENDERS_PER_MINUTE, duration: 60 }));

/** Count one render; when the budget is spent, the seconds to wait instead. */
export async function takeFeedRender(budget: ClientLimiter = rendersOfAllFeeds()): Promise<number | null> {
  try {
    await budget.consume("all-feeds");
    return null;
  } catch (refused) {
    if (!(refused instanceof RateLimiterRes)) throw refused;
    return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
  }
}
