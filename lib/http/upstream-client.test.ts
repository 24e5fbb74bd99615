import { afterEach, describe, expect, it } from "vitest";
import { startStub, type StubReply, type StubUpstream } from "@/tests/sources/stub-upstream";
import { UpstreamFailure, UpstreamRefusal } from "@/lib/domain/errors";
import { callingFor } from "./call-context";
import { UpstreamClient } from "./upstream-client";

// Rate limits and quotas that upstreams report in the body, over real HTTP. (Status-code behaviour
// is covered against the sandbox in tests/http/upstream-client.test.ts.)

let stub: StubUpstream | undefined;
afterEach(() => stub?.close());

const client = (o: Partial<ConstructorParameters<typeof UpstreamClient>[0]> = {}) =>
  new UpstreamClient({ name: "vendor", label: "Vendor", concurrency: 4, rateLimit: 1000, windowMs: 1000, timeoutMs: 2000, retries: 2, ...o });

async function serve(replies: StubReply[]) {
  stub = await startStub((_, i) => replies[Math.min(i, replies.length - 1)]!);
  return stub;
}

const rateLimitedBody = (_status: number, body: unknown) => ((body as { error?: number }).error === 29 ? 0 : undefined);
const isQuotaViolation = (body: unknown) => JSON.stringify(body).includes("QuotaViolation");

describe("UpstreamClient, limits said in the body", () => {
  it("retries a 200 whose body means rate limited, like a 429", async () => {
    const s = await serve([{ body: { error: 29, message: "Rate Limit Exceeded" } }, { body: { ok: true } }]);
    const res = await client().request(s.url, {}, { rateLimitedBody });
    expect(res.body).toEqual({ ok: true });
    expect(s.requests).toHaveLength(2);
  });

  it("pauses the whole upstream for the pause the body asks for", async () => {
    const s = await serve([{ body: { error: 29 } }, { body: { ok: true } }]);
    const c = client();
    const started = Date.now();
    await c.request(s.url, {}, { rateLimitedBody: (_st, body) => ((body as { error?: number }).error === 29 ? 1000 : undefined) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("gives up with rate_limited when the body keeps saying so", async () => {
    const s = await serve([{ status: 400, body: { error: 29 } }]);
    const err = await client({ retries: 1 }).request(s.url, {}, { rateLimitedBody }).catch((e: unknown) => e);
    expect((err as UpstreamFailure).kind).toBe("rate_limited");
    expect(s.requests).toHaveLength(2);
  });

  it("hands the same body to the source when it did not ask", async () => {
    const s = await serve([{ body: { error: 29 } }]);
    expect((await client().request(s.url)).body).toEqual({ error: 29 });
    expect(s.requests).toHaveLength(1);
  });

  it("does not retry a 429 whose body says the daily quota is used up, and refuses later calls without asking", async () => {
    const quota = { fault: { faultstring: "Rate limit quota violation", detail: { errorcode: "policies.ratelimit.QuotaViolation" } } };
    const s = await serve([{ status: 429, body: quota }]);
    const c = client();
    for (let i = 0; i < 2; i++) {
      const err = await c.request(s.url, {}, { dailyQuotaUsedUp: isQuotaViolation }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UpstreamRefusal);
      expect((err as UpstreamRefusal).reason).toBe("quota_used_up");
    }
    expect(s.requests).toHaveLength(1);
  });

  it("retries a 429 spike arrest (no Retry-After: one second) when the body is not the daily quota", async () => {
    const spike = { fault: { faultstring: "Spike arrest violation", detail: { errorcode: "policies.ratelimit.SpikeArrestViolation" } } };
    const s = await serve([{ status: 429, body: spike }, { body: { ok: true } }]);
    const res = await client().request(s.url, {}, { dailyQuotaUsedUp: isQuotaViolation });
    expect(res.body).toEqual({ ok: true });
    expect(s.requests).toHaveLength(2);
  });

  it("after a Retry-After too long to wait, fails at once without asking until the pause is over", async () => {
    const s = await serve([{ status: 429, body: { error: "slow down" }, headers: { "Retry-After": "3600" } }]);
    const c = client();
    let pausedUntil = 0;
    for (let i = 0; i < 3; i++) {
      const err = await c.request(s.url).catch((e: unknown) => e);
      expect((err as UpstreamFailure).kind).toBe("rate_limited");
      expect((err as UpstreamFailure).retryAfterSeconds).toBeGreaterThan(3590);
      if (i === 0) pausedUntil = Date.now() + c.gate.pausedForMs();
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(s.requests).toHaveLength(1);
    // The refusals do not push the end of the pause further out.
    expect(Date.now() + c.gate.pausedForMs()).toBeLessThanOrEqual(pausedUntil + 1);
  });

  it("fails at once with quota_used_up when its own daily limit is reached", async () => {
    const s = await serve([{ body: { ok: true } }]);
    const c = client({ dailyLimit: 2 });
    await c.request(s.url);
    await c.request(s.url);
    const err = await c.request(s.url).catch((e: unknown) => e);
    expect((err as UpstreamRefusal).reason).toBe("quota_used_up");
    expect(s.requests).toHaveLength(2);
  });
});

describe("UpstreamClient, an answer that stalls half-way", () => {
  it("times out when the body stops coming, and retries", async () => {
    const { createServer } = await import("node:http");
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"tracks": ['); // …and nothing more
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      const err = await client({ timeoutMs: 200, retries: 1 }).request(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UpstreamFailure);
      expect((err as UpstreamFailure).kind).toBe("timeout");
      expect(requests).toBe(2);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe("UpstreamClient, an upstream that stops answering", () => {
  const hang = () => new Promise<StubReply>((resolve) => setTimeout(() => resolve({ body: { late: true } }), 400));

  it("opens the circuit after repeated timeouts: fails fast without asking, then lets one call probe", async () => {
    let slow = true;
    stub = await startStub(() => (slow ? hang() : { body: { ok: true } }));
    const c = client({ timeoutMs: 100, retries: 0, circuit: { failures: 3, halfOpenAfterMs: 300 } });
    for (let i = 0; i < 3; i++) expect(((await c.request(stub.url).catch((e: unknown) => e)) as UpstreamFailure).kind).toBe("timeout");
    const asked = stub.requests.length;
    const fast = (await c.request(stub.url).catch((e: unknown) => e)) as UpstreamFailure;
    expect(fast.kind).toBe("unavailable");
    expect(fast.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(stub.requests).toHaveLength(asked); // not asked while open
    slow = false;
    await new Promise((r) => setTimeout(r, 350));
    expect((await c.request(stub.url)).body).toEqual({ ok: true });
  });

  it("stops a call when its request ends: no retry, nothing more sent", async () => {
    stub = await startStub(() => hang());
    const c = client({ timeoutMs: 5000, retries: 3 });
    const ended = new AbortController();
    const pending = callingFor({ client: "someone", signal: ended.signal }, () => c.request(stub!.url)).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    ended.abort();
    expect(((await pending) as UpstreamFailure).kind).toBe("cancelled");
    await new Promise((r) => setTimeout(r, 100));
    expect(stub.requests).toHaveLength(1);
  });
});
