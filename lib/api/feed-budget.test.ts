import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { FEED_RENDERS_PER_MINUTE, takeFeedRender } from "./feed-budget";

describe("the feeds' render budget", () => {
  it("allows its renders a minute, then says how long to wait", async () => {
    const budget = new RateLimiterMemory({ points: FEED_RENDERS_PER_MINUTE, duration: 60 });
    for (let i = 0; i < FEED_RENDERS_PER_MINUTE; i++) expect(await takeFeedRender(budget)).toBeNull();
    const wait = await takeFeedRender(budget);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
  });
});
