import { Agent, request } from "undici";
import { setTimeout as sleep } from "node:timers/promises";
import { UpstreamFailure, UpstreamRefusal, type UpstreamName } from "@/lib/domain/errors";
import { circuitBreaker, ConsecutiveBreaker, handleResultType, BrokenCircuitError, type CircuitBreakerPolicy } from "cockatiel";
import { UpstreamGate } from "./gate";
import type { Budgets, GateLimits } from "./shared-budget";
import { currentCall } from "./call-context";

// The one way to call an upstream: a timeout on every attempt, retries with jittered
// backoff for 5xx / timeouts / malformed bodies, Retry-After honoured on 429 (pausing the
// whole upstream), all behind the upstream's gate (concurrency + request-rate budget, daily quota)
// and its circuit breaker (after repeated timeouts, fail fast for a while, then let one call probe).
// Calls made for a request (lib/http/call-context) stop when it ends: queued ones are never sent.

export interface UpstreamOptions extends GateLimits {
  /** The upstream's id, as `sources` and cache keys name it. */
  name: string;
  /** Its name for people, in messages. */
  label: string;
  timeoutMs: number;
  retries: number;
  /** Consecutive timeouts (or unreachable) that open the circuit, and how long it stays open before a probe. */
  circuit?: { failures: number; halfOpenAfterMs: number };
  /** Where its budget is kept: this process's memory (the default), or shared by several instances. */
  budgets?: Budgets;
}

/** The default circuit: 10 timeouts in a row (never by chance on a merely slow upstream), 10 s open. */
const CIRCUIT = { failures: 10, halfOpenAfterMs: 10_000 };

export interface UpstreamResponse {
  status: number;
  /** Parsed JSON, or the raw text when the upstream did not send JSON on a non-2xx answer. */
  body: unknown;
}

export interface UpstreamRequest {
  /** GET unless said otherwise; a POST carries a form (OAuth's token endpoint). */
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  form?: Record<string, string>;
}

export interface RequestOptions {
  /** A 2xx text body that is not JSON is normally a broken answer; this says which texts are real answers. */
  textIsAnswer?: (text: string) => boolean;
  /**
   * For upstreams that say "rate limited" in the body of another status (Last.fm error 29 in a 200,
   * Deezer code 4): the pause in ms before retrying (rounded up to whole seconds, like Retry-After), treated
   * exactly like a 429; undefined for a real answer. Only called on JSON answers below 500.
   */
  rateLimitedBody?: (status: number, body: unknown) => number | undefined;
  /**
   * Whether a 429's body says the daily quota is used up: not retried, and the gate refuses every
   * request for the Retry-After, or an hour without one (then one request finds out whether it reset).
   */
  dailyQuotaUsedUp?: (body: unknown) => boolean;
}

/** Longest Retry-After we wait inside one request: longer would hold a listener's answer too long. */
const MAX_RETRY_AFTER_MS = 10_000;
// Vendors do not say when their day restarts (Ticketmaster counts from a key's first call).
const QUOTA_RECHECK_MS = 60 * 60_000;
const backoffMs = (attempt: number) => Math.round(100 * 2 ** attempt * (0.5 + Math.random()));

function retryAfterMs(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export class UpstreamClient {
  readonly gate: UpstreamGate;
  // Kept-alive connections, as many as the gate lets run at once: a burst reuses sockets instead of
  // opening new ones (undici's request API also skips fetch's per-call overhead).
  private readonly pool: Agent;

  readonly upstream: UpstreamName;
  private readonly breaker: CircuitBreakerPolicy;
  private openedAt = 0;

  constructor(readonly options: UpstreamOptions) {
    this.upstream = { id: options.name, label: options.label };
    this.gate = new UpstreamGate(options, this.upstream, options.budgets);
    this.pool = new Agent({ connections: options.concurrency, keepAliveTimeout: 10_000 });
    const circuit = options.circuit ?? CIRCUIT;
    this.breaker = circuitBreaker(
      handleResultType(UpstreamFailure, (f) => f.kind === "timeout" || f.kind === "network"),
      { halfOpenAfter: circuit.halfOpenAfterMs, breaker: new ConsecutiveBreaker(circuit.failures) },
    );
    this.breaker.onBreak(() => {
      this.openedAt = Date.now();
      console.warn(`[upstream] ${this.upstream.label} keeps timing out: not asked for ${circuit.halfOpenAfterMs / 1000} s, then probed`);
    });
  }

  /**
   * GET and parse JSON. Returns 2xx and 4xx answers (other than 429) for the source to interpret;
   * throws UpstreamFailure when retries are exhausted, and UpstreamRefusal when the daily quota is used up.
   */
  async request(url: string, init: UpstreamRequest = {}, opts: RequestOptions = {}): Promise<UpstreamResponse> {
    const signal = currentCall()?.signal;
    for (let attempt = 0; ; attempt++) {
      // A pause longer than a listener can wait (a long Retry-After) fails at once, without asking again.
      const pausedMs = this.gate.pausedForMs();
      if (pausedMs > MAX_RETRY_AFTER_MS) {
        throw this.failure("rate_limited", `${this.upstream.label} is rate limiting us`, 429, Math.ceil(pausedMs / 1000));
      }
      if (attempt > 0) await sleep(backoffMs(attempt - 1), undefined, { signal }).catch(() => undefined);
      if (signal?.aborted) throw this.cancelled();
      const outcome = await this.throughCircuit(() => this.gate.run(() => this.attempt(url, init, opts, signal)));
      if (outcome instanceof UpstreamRefusal) throw outcome;
      if (!(outcome instanceof UpstreamFailure)) return outcome;
      if (outcome.kind === "cancelled") throw outcome;
      const pauseMs = (outcome.retryAfterSeconds ?? 1) * 1000;
      if (outcome.kind === "rate_limited") this.gate.pauseFor(pauseMs);
      const tooLong = outcome.kind === "rate_limited" && pauseMs > MAX_RETRY_AFTER_MS;
      if (attempt >= this.options.retries || tooLong) throw outcome;
    }
  }

  private async throughCircuit<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await this.breaker.execute(call);
    } catch (error) {
      if (!(error instanceof BrokenCircuitError)) throw error;
      const halfOpenAfterMs = (this.options.circuit ?? CIRCUIT).halfOpenAfterMs;
      const retryAfter = Math.max(1, Math.ceil((this.openedAt + halfOpenAfterMs - Date.now()) / 1000));
      throw this.failure("unavailable", `${this.upstream.label} has not been answering lately`, undefined, retryAfter);
    }
  }

  private cancelled(): UpstreamFailure {
    return this.failure("cancelled", `the request for ${this.upstream.label} ended before it was answered`);
  }

  private failure(kind: UpstreamFailure["kind"], message: string, status?: number, retryAfterSeconds?: number): UpstreamFailure {
    return new UpstreamFailure(this.upstream, kind, message, status, retryAfterSeconds);
  }

  private async attempt(
    url: string,
    init: UpstreamRequest,
    opts: RequestOptions,
    signal: AbortSignal | undefined,
  ): Promise<UpstreamResponse | UpstreamFailure | UpstreamRefusal> {
    const { timeoutMs } = this.options;
    const name = this.upstream.id;
    let status: number;
    let retryAfter: string | undefined;
    let text: string;
    try {
      const form = init.form && new URLSearchParams(init.form).toString();
      const res = await request(url, {
        method: init.method ?? "GET",
        // Every upstream we call answers JSON.
        headers: { Accept: "application/json", ...(form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}), ...init.headers },
        body: form,
        dispatcher: this.pool,
        signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
      });
      status = res.statusCode;
      const header = res.headers["retry-after"];
      retryAfter = Array.isArray(header) ? header[0] : header;
      text = await res.body.text();
    } catch (err) {
      if (signal?.aborted) return this.cancelled();
      const timedOut = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
      return timedOut ? this.failure("timeout", `${name} did not answer within ${timeoutMs} ms`) : this.failure("network", `${name} could not be reached`);
    }
    if (status === 429) {
      const ms = retryAfterMs(retryAfter);
      if (opts.dailyQuotaUsedUp?.(parseOrText(text))) {
        const pause = ms ?? QUOTA_RECHECK_MS;
        this.gate.quotaUsedUpFor(pause);
        return new UpstreamRefusal(this.upstream, "quota_used_up", `${this.upstream.label} says our daily request quota is used up`, undefined, new Date(Date.now() + pause));
      }
      return this.failure("rate_limited", `${this.upstream.label} is rate limiting us`, 429, ms === undefined ? undefined : Math.ceil(ms / 1000));
    }
    if (status >= 500) return this.failure("server_error", `${name} answered ${status}`, status);
    const ok = status >= 200 && status < 300;
    let body: unknown;
    try {
      body = text === "" ? null : JSON.parse(text);
    } catch {
      // A 2xx that is not JSON is a broken answer (worth a retry); a 4xx may legitimately be text.
      if (ok && !opts.textIsAnswer?.(text)) return this.failure("malformed", `${name} sent a malformed answer`, status);
      return { status, body: text };
    }
    const pauseMs = opts.rateLimitedBody?.(status, body);
    if (pauseMs !== undefined) {
      return this.failure("rate_limited", `${this.upstream.label} is rate limiting us`, status, Math.ceil(pauseMs / 1000));
    }
    return { status, body };
  }
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
