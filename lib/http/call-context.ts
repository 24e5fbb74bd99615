import { AsyncLocalStorage } from "node:async_hooks";

// Who an upstream call is made for, carried from the request that needs it down to the HTTP
// client without threading it through every source: the client (for its fair share of each
// upstream's budget) and the request's signal (work still queued for a request that has ended
// is not sent). The client is an address or a keyed hash, never a token or a listener's id.

export interface CallContext {
  /** The caller, as counted for fair shares. */
  client: string;
  /** Aborted when the request ends (the client left, or its deadline passed). */
  signal: AbortSignal;
}

const storage = new AsyncLocalStorage<CallContext>();

/** Run `work` (and every upstream call it starts) for `context`. */
export function callingFor<T>(context: CallContext, work: () => T): T {
  return storage.run(context, work);
}

/** The context of the request whose work is running, if any (none in scripts and background work). */
export function currentCall(): CallContext | undefined {
  return storage.getStore();
}
