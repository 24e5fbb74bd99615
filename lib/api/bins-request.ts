import type { BinsQuery } from "@/lib/validations/listener-request";
import type { BinsRequest } from "@/lib/pipeline/get-bins";

/** The validated get_bins query as a pipeline request. */
export function toBinsRequest(q: BinsQuery): BinsRequest {
  return {
    nTop: q.top_artists,
    nSimilar: q.related_artists,
    taste: q.taste,
    myArtists: q.my_artists,
    discoveries: q.discoveries,
    place: { latitude: q.latitude, longitude: q.longitude },
    radiusKm: q.radius,
    range: { begin: q.date_begin, end: q.date_end },
  };
}
