// For API integration tests: the running app and sandbox started by `npm test` (scripts/test-all.ts).
import { resetSandboxCounters, resetSandboxKnobs, sandboxCountersAt, setSandboxKnobs } from "./sandbox-admin";

// Two stacks run side by side: full Spotify access + Bandsintown (APP_URL), and a Spotify app
// registered today (NEW_APP_URL). A test file calls useNewAppStack() to talk to the second.
export let APP_URL = process.env.APP_URL ?? "";
export let SANDBOX_URL = process.env.SANDBOX_URL ?? "";

export function requireStack(): void {
  if (!APP_URL || !SANDBOX_URL) throw new Error("API tests need APP_URL and SANDBOX_URL: run them through `npm test`.");
}

/** This test file talks to the new-app stack (Spotify development mode, Ticketmaster, keyless fallbacks). */
export function useNewAppStack(): void {
  APP_URL = process.env.NEW_APP_URL ?? "";
  SANDBOX_URL = process.env.NEW_APP_SANDBOX_URL ?? "";
  if (!APP_URL || !SANDBOX_URL) throw new Error("API tests need NEW_APP_URL and NEW_APP_SANDBOX_URL: run them through `npm test`.");
}

export async function listenerToken(listener = "demo-indie"): Promise<string> {
  const res = await fetch(`${SANDBOX_URL}/__sandbox/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ listener }),
  });
  if (!res.ok) throw new Error(`sandbox token: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export const setKnobs = (knobs: Record<string, unknown>) => setSandboxKnobs(SANDBOX_URL, knobs);

/** The sandbox's request counters since their last reset: requests by endpoint, by resource and by answer status. */
export const sandboxCounters = () => sandboxCountersAt(SANDBOX_URL);

export async function resetSandbox(): Promise<void> {
  await resetSandboxKnobs(SANDBOX_URL);
  await resetSandboxCounters(SANDBOX_URL);
}

export async function sandboxToday(): Promise<string> {
  return ((await (await fetch(`${SANDBOX_URL}/__sandbox/health`)).json()) as { today: string }).today;
}

import { addDays } from "@/lib/dates/date-range";

export { addDays };

export function url(path: string, params: Record<string, string | number | undefined> = {}): string {
  const u = new URL(path, APP_URL);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, String(v));
  return u.toString();
}

export async function getJson(path: string, params: Record<string, string | number | undefined> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(url(path, params), { headers });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body: body as any };
}

/** What the web page asks for by default, in Berlin: 50 km, 60 days from `today`, the whole taste and discoveries. */
export const berlinSearch = (today: string, extra: Record<string, string | number> = {}) => ({
  latitude: 52.52,
  longitude: 13.405,
  date_begin: today,
  date_end: addDays(today, 59),
  radius: 50,
  taste: "whole",
  discoveries: "true",
  ...extra,
});

/** get_bins as an outside client calls it: a demo listener's mixes near Amsterdam, from `today` for `days` days. */
export async function amsterdamBins(listener: string, today: string, days: number, extra: Record<string, string | number> = {}) {
  return getJson("/api/get_bins", {
    latitude: 52.3676,
    longitude: 4.9041,
    date_begin: today,
    date_end: addDays(today, days),
    token: await listenerToken(listener),
    ...extra,
  });
}
