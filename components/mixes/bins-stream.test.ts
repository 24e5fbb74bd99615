import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProgressEvent } from "@/lib/validations/responses";
import { ApiError, initialProgress, reduceProgress, streamBins } from "./bins-stream";

/** A Response whose NDJSON body arrives in the given chunks (cut anywhere, even mid-line). */
function ndjson(chunks: string[], status = 200): Response {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(new TextEncoder().encode(chunk));
      c.close();
    },
  });
  return new Response(body, { status, headers: { "Content-Type": "application/x-ndjson" } });
}

afterEach(() => vi.unstubAllGlobals());

const result = { user_bins: [], warnings: [], demo_data: true };

describe("reading the progress stream", () => {
  it("reports each stage and returns the result, whatever the chunking", async () => {
    const lines = [
      { type: "stage", stage: "top_artists", message: "Found 5 top artists" },
      { type: "stage", stage: "concerts", message: "x", done: 1, total: 9 },
      { type: "result", data: result },
    ].map((e) => JSON.stringify(e) + "\n").join("");
    vi.stubGlobal("fetch", async () => ndjson([lines.slice(0, 17), lines.slice(17, 90), lines.slice(90)]));
    const seen: string[] = [];
    const data = await streamBins("q", (ev) => ev.type === "stage" && seen.push(ev.stage));
    expect(seen).toEqual(["top_artists", "concerts"]);
    expect(data).toEqual(result);
  });

  it("turns a final error event into an ApiError with its status", async () => {
    vi.stubGlobal("fetch", async () => ndjson([JSON.stringify({ type: "error", status: 503, error: "Concerts could not be looked up" }) + "\n"]));
    await expect(streamBins("q", () => {})).rejects.toMatchObject({ status: 503, message: "Concerts could not be looked up" });
  });

  it("reads a plain JSON error before streaming (e.g. 401)", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ error: "Sign in with Spotify first" }, { status: 401 }));
    const err = await streamBins("q", () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(401);
  });

  it("says so when the connection ends before the result", async () => {
    vi.stubGlobal("fetch", async () => ndjson([JSON.stringify({ type: "stage", stage: "mixes", message: "m" }) + "\n"]));
    await expect(streamBins("q", () => {})).rejects.toMatchObject({ status: 502 });
  });
});

describe("progress", () => {
  it("keeps stages in order once each and counts concerts", () => {
    const events: Extract<ProgressEvent, { type: "stage" }>[] = [
      { type: "stage", stage: "top_artists", message: "a" },
      { type: "stage", stage: "concerts", message: "b", done: 1, total: 20 },
      { type: "stage", stage: "concerts", message: "c", done: 2, total: 20 },
      { type: "stage", stage: "mixes", message: "d", done: 0, total: 0 },
    ];
    const p = events.reduce(reduceProgress, initialProgress);
    expect(p).toEqual({ stages: ["top_artists", "concerts", "mixes"], message: "d", concertsDone: 2, concertsTotal: 20, mixesFormed: 0, found: [] });
  });

  it("keeps the concerts found so far, each show once with everyone on its bill, by date", () => {
    const show = (id: string, date: string, artist: string) =>
      ({ concert_id: id, source: "ticketmaster", date, distance_km: 1, artists: [{ name: artist, spotify_id: artist, band_flag: "top", photo: null }] }) as never;
    const p = [
      { type: "concerts" as const, concerts: [show("b", "2026-12-09T20:00:00", "B"), show("a", "2026-12-08T20:00:00", "A")] },
      { type: "concerts" as const, concerts: [show("b", "2026-12-09T20:00:00", "C")] },
    ].reduce(reduceProgress, initialProgress);
    expect(p.found.map((c) => [c.concert_id, c.artists.map((a) => a.name)])).toEqual([
      ["a", ["A"]],
      ["b", ["B", "C"]],
    ]);
  });
});
