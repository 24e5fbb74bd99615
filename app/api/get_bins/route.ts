import { binsQuery } from "@/lib/validations/listener-request";
import { handle, json, parseQuery, readOnly } from "@/lib/api/handle";
import { forListener } from "@/lib/api/for-listener";
import { headOf } from "@/lib/api/head";
import { preflight } from "@/lib/api/cors";
import { toBinsRequest } from "@/lib/api/bins-request";
import { shapeBins } from "@/lib/api/shape-responses";
import { config } from "@/lib/config";
import { gigscovery } from "@/lib/server/gigscovery";
import { getBins } from "@/lib/pipeline/get-bins";

export const OPTIONS = preflight;
export const HEAD = headOf(binsQuery);
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };

/** The listener's mixes ("bins") with their concerts near a place within a date range. */
export function GET(req: Request) {
  return handle(async () => {
    const q = parseQuery(req, binsQuery);
    const result = await forListener(req, q.token, ({ spotifyToken, taste, deadline }) =>
      getBins(gigscovery(), { spotifyToken, timeRange: q.time_range, taste }, toBinsRequest(q), { deadline }),
    );
    return json(shapeBins(result, config().GIGSCOVERY_DEMO));
  });
}
