import { binsQuery } from "@/lib/validations/listener-request";
import { handle, parseQuery, readOnly } from "@/lib/api/handle";
import { forListener } from "@/lib/api/for-listener";
import { headOf } from "@/lib/api/head";
import { CORS_HEADERS, preflight } from "@/lib/api/cors";
import { errorToHttp } from "@/lib/api/errors-to-http";
import { toBinsRequest } from "@/lib/api/bins-request";
import { shapeBins, shapeFound } from "@/lib/api/shape-responses";
import { config } from "@/lib/config";
import type { ProgressEvent } from "@/lib/validations/responses";
import { gigscovery } from "@/lib/server/gigscovery";
import { getBins, type BinsResult } from "@/lib/pipeline/get-bins";

export const OPTIONS = preflight;
export const HEAD = headOf(binsQuery, "application/x-ndjson; charset=utf-8");
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };

/** After this long without a line, a heartbeat line, so proxies and the listener know the search is alive. */
const HEARTBEAT_MS = 2_000;

/**
 * get_bins with live progress: NDJSON, one ProgressEvent per line, ending with the result (the same
 * JSON as /api/get_bins) or an error. Streaming starts once Spotify has accepted the listener's
 * token: bad input, a missing or rejected token and a client over its limits get their status as a
 * plain JSON answer.
 */
export function GET(req: Request) {
  return handle(async () => {
    const q = parseQuery(req, binsQuery);
    const request = toBinsRequest(q);
    // With the whole taste or discoveries, concerts stream as they are found, before the mixes (the original requests' streams stay as they were).
    const deep = request.taste === "whole" || request.discoveries === true;
    const early: ProgressEvent[] = [];
    let send = (event: ProgressEvent): void => void early.push(event);
    const { work } = await forListener(req, q.token, async ({ spotifyToken, taste, deadline }) => {
      let accept!: () => void;
      const accepted = new Promise<void>((resolve) => (accept = resolve));
      const work = getBins(gigscovery(), { spotifyToken, timeRange: q.time_range, taste }, request, {
        deadline,
        onAccepted: accept,
        onProgress: (stage, message, done, total) => send({ type: "stage", stage, message, done, total }),
        onConcerts: deep ? (found) => send({ type: "concerts", concerts: shapeFound(found) }) : undefined,
      });
      // Until the token is accepted, a failure is the answer's status (a rejected token is remembered by forListener).
      await Promise.race([accepted, work]);
      return { work }; // wrapped: returned bare, the promise would be awaited here
    });

    const encoder = new TextEncoder();
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let open = true;
        let lastLine = Date.now();
        const write = (event: ProgressEvent) => {
          if (!open) return;
          lastLine = Date.now();
          try {
            controller.enqueue(encoder.encode(JSON.stringify(event) + "\n"));
          } catch {
            open = false; // the client went away: the request's signal stops its work
          }
        };
        early.forEach(write);
        send = write;
        heartbeat = setInterval(() => Date.now() - lastLine >= HEARTBEAT_MS && write({ type: "heartbeat" }), HEARTBEAT_MS / 4);
        try {
          const result: BinsResult = await work;
          write({ type: "result", data: shapeBins(result, config().GIGSCOVERY_DEMO) });
        } catch (error) {
          const { status, body } = errorToHttp(error);
          write({ type: "error", status, error: body.error, code: body.code, issues: body.issues });
        } finally {
          clearInterval(heartbeat);
        }
        if (open) controller.close();
      },
      cancel() {
        clearInterval(heartbeat);
      },
    });
    return new Response(stream, {
      headers: { ...CORS_HEADERS, "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" },
    });
  });
}
