// The taste endpoints as the page calls them (same origin: the answer sets or clears the listener's cookie).
import type { PROFILE_PERIODS } from "@/lib/domain/taste";
import type { TasteMatchResponse, TasteSummary } from "@/lib/validations/taste-response";

export type Period = (typeof PROFILE_PERIODS)[number];

export const PERIOD_LABELS: Record<Period, string> = {
  overall: "All time",
  "12month": "Last 12 months",
  "6month": "Last 6 months",
  "3month": "Last 3 months",
  "1month": "Last month",
};

async function send<T>(path: string, method: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
    });
  } catch {
    throw new Error("We couldn't reach Gigscovery. Check your connection and try again.");
  }
  const answer = (await res.json().catch(() => ({}))) as { error?: string; issues?: { message: string }[] };
  if (!res.ok) throw new Error(answer.issues?.[0]?.message ? `${answer.error} ${answer.issues[0].message}` : (answer.error ?? `Request failed (${res.status})`));
  return answer as T;
}

export type TasteInput = { source: "lastfm" | "listenbrainz"; username: string; period: Period } | { source: "your-list"; artist_ids: string[] };

export const chooseTaste = (taste: TasteInput) => send<{ taste: TasteSummary }>("/api/taste", "POST", taste);
export const forgetTaste = () => send<{ taste: null }>("/api/taste", "DELETE");
export const matchNames = (names: string[]) => send<TasteMatchResponse>("/api/taste/match", "POST", { names });
