import { describe, expect, it } from "vitest";
import { UpstreamFailure } from "@/lib/domain/errors";
import { UpstreamClient } from "@/lib/http/upstream-client";
import { useSandbox } from "../helpers/sandbox";

// The one way to call an upstream, checked through the sandbox's request counters.

const sandbox = useSandbox({ date: "real", tokenFor: "demo-indie" });

const client = (o: Partial<ConstructorParameters<typeof UpstreamClient>[0]> = {}) =>
  new UpstreamClient({ name: "spotify", label: "Spotify", concurrency: 8, rateLimit: 1000, windowMs: 1000, timeoutMs: 2000, retries: 2, ...o });
const artistUrls = (n: number) => sandbox.catalog.artists.slice(0, n).map((a) => `${sandbox.url}/spotify/v1/artists/${a.id}`);
const auth = () => ({ headers: { Authorization: `Bearer ${sandbox.token}` } });

describe("UpstreamClient", () => {
  it("never has more requests in flight than its concurrency", async () => {
    sandbox.setKnobs({ latencyMs: 30 });
    const c = client({ concurrency: 4 });
    const answers = await Promise.all(artistUrls(20).map((u) => c.request(u, auth())));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(sandbox.counters().maxInFlight.spotify).toBe(4);
  });

  it("retries 5xx a bounded number of times, then fails with a typed error", async () => {
    sandbox.setKnobs({ errorRate: 1 });
    const [url] = artistUrls(1);
    const err = await client({ retries: 2 }).request(url!, auth()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamFailure);
    expect((err as UpstreamFailure).kind).toBe("server_error");
    expect(sandbox.counters().total).toBe(3);
  });

  it("honours Retry-After on 429 and then succeeds", async () => {
    sandbox.setKnobs({ rateLimit: 1, rateLimitWindowSeconds: 1, retryAfterSeconds: 1, faultUpstreams: ["spotify"] });
    const [a, b] = artistUrls(2);
    const c = client({ retries: 3 });
    await c.request(a!, auth());
    const second = await c.request(b!, auth());
    expect(second.status).toBe(200);
    const counts = sandbox.counters().byStatus.spotify!;
    expect(counts["429"]).toBeGreaterThanOrEqual(1);
    expect(counts["200"]).toBe(2);
  });

  it("gives up on a 429 whose Retry-After is longer than a listener should wait", async () => {
    sandbox.setKnobs({ burst429Rate: 1, retryAfterSeconds: 60 });
    const err = await client().request(artistUrls(1)[0]!, auth()).catch((e: unknown) => e);
    expect((err as UpstreamFailure).kind).toBe("rate_limited");
    expect((err as UpstreamFailure).retryAfterSeconds).toBe(60);
    expect(sandbox.counters().total).toBe(1);
  });

  it("times out a request that never answers", async () => {
    sandbox.setKnobs({ timeoutRate: 1 });
    const err = await client({ timeoutMs: 200, retries: 1 }).request(artistUrls(1)[0]!, auth()).catch((e: unknown) => e);
    expect((err as UpstreamFailure).kind).toBe("timeout");
    expect(sandbox.counters().total).toBe(2);
  });

  it("retries a malformed 2xx body", async () => {
    sandbox.setKnobs({ malformedRate: 0.5, faultSeed: 11 });
    const c = client({ retries: 6 });
    const answers = await Promise.all(artistUrls(10).map((u) => c.request(u, auth())));
    expect(answers.every((a) => a.status === 200 && typeof a.body === "object")).toBe(true);
    expect(sandbox.counters().byStatus.spotify!["200"]).toBeGreaterThan(10); // truncated 200s were asked again
  });

  it("starts no more requests than its budget per window, so an upstream limiting at that rate never says 429", async () => {
    sandbox.setKnobs({ rateLimit: 5, rateLimitWindowSeconds: 1, faultUpstreams: ["spotify"] });
    const c = client({ concurrency: 16, rateLimit: 5, windowMs: 1000 });
    await Promise.all(artistUrls(12).map((u) => c.request(u, auth())));
    expect(sandbox.counters().byStatus.spotify!["429"] ?? 0).toBe(0);
    expect(sandbox.counters().byStatus.spotify!["200"]).toBe(12);
  });
});
