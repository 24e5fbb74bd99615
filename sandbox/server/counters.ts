// Request counters for tests and benchmarks: GET /__sandbox/counters.
import { UPSTREAMS, type Upstream } from "./knobs";

export interface Counters {
  total: number;
  /** "spotify GET /v1/artists/{id}/related-artists" -> n */
  byEndpoint: Record<string, number>;
  /** "spotify GET /v1/artists/<id>/related-artists" -> n (path + the query params that matter) */
  byResource: Record<string, number>;
  /** upstream -> status ("200", "429", "timeout", ...) -> n */
  byStatus: Record<string, Record<string, number>>;
  maxInFlight: Record<Upstream, number>;
  inFlight: Record<Upstream, number>;
}

const zero = () => Object.fromEntries(UPSTREAMS.map((u) => [u, 0])) as Record<Upstream, number>;

export class CounterStore {
  private c: Counters = CounterStore.empty();

  static empty(): Counters {
    return { total: 0, byEndpoint: {}, byResource: {}, byStatus: {}, maxInFlight: zero(), inFlight: zero() };
  }

  /** Records the arrival of a request; returns a function to call once when it is done. */
  begin(upstream: Upstream, endpoint: string, resource: string): (status: string) => void {
    const c = this.c;
    c.total++;
    c.byEndpoint[`${upstream} ${endpoint}`] = (c.byEndpoint[`${upstream} ${endpoint}`] ?? 0) + 1;
    c.byResource[`${upstream} ${resource}`] = (c.byResource[`${upstream} ${resource}`] ?? 0) + 1;
    c.inFlight[upstream]++;
    if (c.inFlight[upstream] > c.maxInFlight[upstream]) c.maxInFlight[upstream] = c.inFlight[upstream];
    let done = false;
    return (status) => {
      if (done) return;
      done = true;
      // inFlight survives a reset (see reset()), so this stays balanced.
      this.c.inFlight[upstream] = Math.max(0, this.c.inFlight[upstream] - 1);
      const byStatus = (this.c.byStatus[upstream] ??= {});
      byStatus[status] = (byStatus[status] ?? 0) + 1;
    };
  }

  snapshot(): Counters {
    return structuredClone(this.c);
  }

  reset(): void {
    const inFlight = { ...this.c.inFlight };
    this.c = CounterStore.empty();
    this.c.inFlight = inFlight;
    this.c.maxInFlight = { ...inFlight };
  }
}
