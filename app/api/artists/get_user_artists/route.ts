import { artistsQuery } from "@/lib/validations/listener-request";
import { handle, json, parseQuery, readOnly } from "@/lib/api/handle";
import { forListener } from "@/lib/api/for-listener";
import { headOf } from "@/lib/api/head";
import { preflight } from "@/lib/api/cors";
import { shapeUserArtists } from "@/lib/api/shape-responses";
import { gigscovery } from "@/lib/server/gigscovery";
import { getListenerArtists } from "@/lib/pipeline/listener-artists";

export const OPTIONS = preflight;
export const HEAD = headOf(artistsQuery);
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };

/** The listener's top artists, then their related artists. */
export function GET(req: Request) {
  return handle(async () => {
    const q = parseQuery(req, artistsQuery);
    const request = { nTop: q.n_of_top_artists, nSimilar: q.n_related_artists, taste: q.taste, myArtists: q.my_artists };
    const { artists, warnings, sources } = await forListener(req, q.token, ({ spotifyToken, taste, deadline }) =>
      getListenerArtists(gigscovery(), { spotifyToken, timeRange: q.time_range, taste }, request, deadline),
    );
    return json(shapeUserArtists(artists, warnings, sources));
  });
}
