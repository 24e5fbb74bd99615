// The sandbox's admin endpoints over HTTP, for tests that reach a sandbox started by `npm test`
// (API and browser tests): knobs, their reset, request counters.
import type { Counters } from "../../sandbox/server/index";

async function post(url: string, body?: unknown): Promise<void> {
  const res = await fetch(url, {
    method: "POST",
    ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${new URL(url).pathname}: ${res.status} ${await res.text()}`);
}

export const setSandboxKnobs = (sandboxUrl: string, knobs: Record<string, unknown>) => post(`${sandboxUrl}/__sandbox/knobs`, knobs);

/** Back to the knobs the sandbox started with (its stack's profile). */
export const resetSandboxKnobs = (sandboxUrl: string) => post(`${sandboxUrl}/__sandbox/knobs/reset`);

export const resetSandboxCounters = (sandboxUrl: string) => post(`${sandboxUrl}/__sandbox/counters/reset`);

/** Requests by endpoint, by resource and by answer status since the counters' last reset. */
export async function sandboxCountersAt(sandboxUrl: string): Promise<Counters> {
  const res = await fetch(`${sandboxUrl}/__sandbox/counters`);
  if (!res.ok) throw new Error(`/__sandbox/counters: ${res.status}`);
  return (await res.json()) as Counters;
}
