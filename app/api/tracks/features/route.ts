import { artistsQuery } from "@/lib/validations/listener-request";
import { handle, json, parseQuery, readOnly } from "@/lib/api/handle";
import { forListener } from "@/lib/api/for-listener";
import { headOf } from "@/lib/api/head";
import { preflight } from "@/lib/api/cors";
import { shapeTrackFeatures } from "@/lib/api/shape-responses";
import { gigscovery } from "@/lib/server/gigscovery";
import { getTrackFeatures } from "@/lib/pipeline/track-features";

export const OPTIONS = preflight;
export const HEAD = headOf(artistsQuery);
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };

/** Audio features of the tracks of the listener's artists (top, then related). */
export function GET(req: Request) {
  return handle(async () => {
    const q = parseQuery(req, artistsQuery);
    const request = { nTop: q.n_of_top_artists, nSimilar: q.n_related_artists, taste: q.taste, myArtists: q.my_artists };
    const { rows, warnings, sources } = await forListener(req, q.token, ({ spotifyToken, taste, deadline }) =>
      getTrackFeatures(gigscovery(), { spotifyToken, timeRange: q.time_range, taste }, request, deadline),
    );
    return json(shapeTrackFeatures(rows, warnings, sources));
  });
}
