import { describe, expect, it } from "vitest";
import { FEED_RENDERS_PER_MINUTE, takeFeedRender } from "./feed-budget";

describe("the feeds' render budget", () => {
  it("allows its renders per rolling minute, then says how long to wait", () => {
    const t0 = 1_000_000;
    for (let i = 0; i < FEED_RENDERS_PER_MINUTE; i++) expect(takeFeedRender(t0 + i)).toBeNull();
    expect(takeFeedRender(t0 + 30_000)).toBe(30);
    expect(takeFeedRender(t0 + 60_000)).toBeNull(); // the first render has left the window
  });
});
