import { binsQuery } from "@/lib/validations/listener-request";
import { handle, parseQuery, readOnly } from "@/lib/api/handle";
import { listenerToken } from "@/lib/api/listener-token";
import { headOf } from "@/lib/api/head";
import { CORS_HEADERS, preflight } from "@/lib/api/cors";
import { errorToHttp } from "@/lib/api/errors-to-http";
import { toBinsRequest } from "@/lib/api/bins-request";
import { shapeBins, shapeFound } from "@/lib/api/shape-responses";
import { config } from "@/lib/config";
import type { ProgressEvent } from "@/lib/validations/responses";
import { gigscovery } from "@/lib/server/gigscovery";
import { getBins } from "@/lib/pipeline/get-bins";

export const OPTIONS = preflight;
export const HEAD = headOf(binsQuery, "application/x-ndjson; charset=utf-8");
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };

/**
 * get_bins with live progress: NDJSON, one ProgressEvent per line, ending with the result (the same
 * JSON as /api/get_bins) or an error. Bad input and a missing token fail before streaming, as plain JSON.
 */
export function GET(req: Request) {
  return handle(async () => {
    const q = parseQuery(req, binsQuery);
    const spotifyToken = await listenerToken(req, q.token);
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let open = true;
        const send = (event: ProgressEvent) => {
          if (!open) return;
          try {
            controller.enqueue(encoder.encode(JSON.stringify(event) + "\n"));
          } catch {
            open = false; // the client went away; the pipeline's shared work still fills the cache
          }
        };
        try {
          const request = toBinsRequest(q);
          // With the whole taste or discoveries, concerts stream as they are found, before the mixes (the original requests' streams stay as they were).
          const deep = request.taste === "whole" || request.discoveries === true;
          const result = await getBins(
            gigscovery(),
            { spotifyToken, timeRange: q.time_range },
            request,
            (stage, message, done, total) => send({ type: "stage", stage, message, done, total }),
            deep ? (found) => send({ type: "concerts", concerts: shapeFound(found) }) : undefined,
          );
          send({ type: "result", data: shapeBins(result, config().GIGSCOVERY_DEMO) });
        } catch (error) {
          const { status, body } = errorToHttp(error);
          send({ type: "error", status, error: body.error, code: body.code, issues: body.issues });
        }
        if (open) controller.close();
      },
    });
    return new Response(stream, {
      headers: { ...CORS_HEADERS, "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" },
    });
  });
}
