// Reading /api/get_bins/stream: NDJSON, one ProgressEvent per line, ending with the result
// or an error. The listener's Spotify token never passes through here: the server reads it
// from the session cookie.
import type { PipelineStage } from "@/lib/domain/capabilities";
import type { GetBinsResponse, MixConcertOut, ProgressEvent } from "@/lib/validations/responses";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface Progress {
  /** Stages reached so far, in order. */
  stages: PipelineStage[];
  /** The server's latest words. */
  message: string | null;
  concertsDone: number;
  concertsTotal: number;
  /** How many mixes the server formed (before dropping those without concerts); null until it says. */
  mixesFormed: number | null;
  /** Concerts found so far (streamed before the mixes), each show once, by date. */
  found: MixConcertOut[];
}

export const initialProgress: Progress = { stages: [], message: null, concertsDone: 0, concertsTotal: 0, mixesFormed: null, found: [] };

type StreamEvent = Extract<ProgressEvent, { type: "stage" | "concerts" }>;

export function reduceProgress(p: Progress, ev: StreamEvent): Progress {
  if (ev.type === "concerts") return { ...p, found: addFound(p.found, ev.concerts) };
  const stages = p.stages.includes(ev.stage) ? p.stages : [...p.stages, ev.stage];
  return {
    ...p,
    stages,
    message: ev.message ?? p.message,
    concertsDone: ev.stage === "concerts" ? (ev.done ?? p.concertsDone + 1) : p.concertsDone,
    concertsTotal: ev.stage === "concerts" ? (ev.total ?? p.concertsTotal) : p.concertsTotal,
    mixesFormed: ev.stage === "mixes" ? (ev.done ?? p.mixesFormed) : p.mixesFormed,
  };
}

/** Shows found so far, each once (a show found again brings more of its bill), by date. */
function addFound(found: MixConcertOut[], more: MixConcertOut[]): MixConcertOut[] {
  const byKey = new Map(found.map((c) => [`${c.source}:${c.concert_id}`, c]));
  for (const c of more) {
    const key = `${c.source}:${c.concert_id}`;
    const known = byKey.get(key);
    byKey.set(key, known ? { ...known, artists: [...known.artists, ...c.artists.filter((a) => !known.artists.some((k) => k.spotify_id === a.spotify_id))] } : c);
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.distance_km - b.distance_km);
}

async function errorFrom(res: Response): Promise<ApiError> {
  let message = "";
  let issues: { field: string; message: string }[] = [];
  try {
    const body = (await res.json()) as { error?: string; issues?: { field: string; message: string }[] };
    message = body.error ?? "";
    issues = body.issues ?? [];
  } catch {
    // not JSON
  }
  return new ApiError(res.status, message || res.statusText || `Request failed (${res.status})`, issues);
}

export async function streamBins(
  query: string,
  onProgress: (ev: StreamEvent) => void,
  signal?: AbortSignal,
): Promise<GetBinsResponse> {
  let res: Response;
  try {
    res = await fetch(`/api/get_bins/stream?${query}`, {
      signal,
      headers: { Accept: "application/x-ndjson" },
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, "We couldn't reach Gigscovery. Check your connection and try again.");
  }
  if (!res.ok) throw await errorFrom(res);
  if (!res.body) throw new ApiError(502, "The server sent an empty answer.");

  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const handle = (line: string): GetBinsResponse | null => {
    const trimmed = line.trim();
    if (!trimmed) return null;
    let ev: ProgressEvent;
    try {
      ev = JSON.parse(trimmed) as ProgressEvent;
    } catch {
      return null; // a partial or foreign line: ignore
    }
    if (ev.type === "stage" || ev.type === "concerts") onProgress(ev);
    else if (ev.type === "result") return ev.data;
    else if (ev.type === "error") throw new ApiError(ev.status, ev.error, ev.issues ?? []);
    return null;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      const result = handle(line);
      if (result) {
        void reader.cancel().catch(() => {});
        return result;
      }
    }
    if (done) break;
  }
  const last = handle(buffer);
  if (last) return last;
  throw new ApiError(502, "The connection ended before the results arrived. Please try again.");
}
