import type { BinsQuery } from "@/lib/validations/listener-request";
import type { BinsRequest } from "@/lib/pipeline/get-bins";
import type { PipelineWarning } from "@/lib/domain/capabilities";
import { addDays, daysInRange, MAX_RANGE_DAYS } from "@/lib/dates/date-range";

/**
 * A range longer than we look up is answered for its first 366 days (the original web client sends
 * longer ones and has no error handler): the warning says which days were searched.
 */
export function shortenedRange(q: BinsQuery): { end: string; warning: PipelineWarning } | null {
  if (daysInRange({ begin: q.date_begin, end: q.date_end }) <= MAX_RANGE_DAYS) return null;
  const end = addDays(q.date_begin, MAX_RANGE_DAYS - 1);
  return {
    end,
    warning: {
      code: "dates_shortened",
      message: `Concerts are looked up for at most ${MAX_RANGE_DAYS} days: these are from ${q.date_begin} to ${end}, not to ${q.date_end}.`,
    },
  };
}

/** The validated get_bins query as a pipeline request. */
export function toBinsRequest(q: BinsQuery): BinsRequest {
  const shortened = shortenedRange(q);
  return {
    nTop: q.top_artists,
    nSimilar: q.related_artists,
    taste: q.taste,
    myArtists: q.my_artists,
    discoveries: q.discoveries,
    place: { latitude: q.latitude, longitude: q.longitude },
    radiusKm: q.radius,
    range: { begin: q.date_begin, end: shortened?.end ?? q.date_end },
    notes: shortened ? [shortened.warning] : [],
  };
}
