// The results as one list: every show once, by date, each with the mix it is in (none while the
// mixes are still forming), and the mixes as filters over it.
import type { GetBinsResponse, MixConcertOut } from "@/lib/validations/responses";

export interface ListedConcert extends MixConcertOut {
  /** The mix (bin id) the show is in; null while the mixes are still forming. */
  bin_id: number | null;
}

const byDate = (a: MixConcertOut, b: MixConcertOut) =>
  a.date.localeCompare(b.date) || a.distance_km - b.distance_km || a.concert_id.localeCompare(b.concert_id);

/** The answer's shows by date: its flat `concerts` when it has them, else each bin's shows (the original requests). */
export function concertsOf(answer: GetBinsResponse): ListedConcert[] {
  if (answer.concerts) return [...answer.concerts].sort(byDate);
  const seen = new Set<string>();
  const out: ListedConcert[] = [];
  for (const bin of answer.user_bins)
    for (const c of bin.mix_concerts) {
      const key = concertId(c);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...c, bin_id: bin.id });
    }
  return out.sort(byDate);
}

/** Shows found so far on the stream, before any mix exists. */
export const foundSoFar = (found: MixConcertOut[]): ListedConcert[] => found.map((c) => ({ ...c, bin_id: null })).sort(byDate);

/** One mix's shows, or all of them (null). */
export const inMix = (list: ListedConcert[], mix: number | null): ListedConcert[] => (mix === null ? list : list.filter((c) => c.bin_id === mix));

/** How many shows each mix holds. */
export function countsByMix(list: ListedConcert[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const c of list) if (c.bin_id !== null) counts.set(c.bin_id, (counts.get(c.bin_id) ?? 0) + 1);
  return counts;
}

/** A show's identity across the answer: its source and that source's id. */
export const concertId = (c: Pick<MixConcertOut, "source" | "concert_id">) => `${c.source}:${c.concert_id}`;

/** The show's id as an element id (and map marker key). */
export const concertKey = (c: Pick<MixConcertOut, "source" | "concert_id">) => `concert-${c.source}-${c.concert_id}`.replace(/[^A-Za-z0-9_-]/g, "_");
