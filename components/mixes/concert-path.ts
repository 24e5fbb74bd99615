import type { MixConcertOut } from "@/lib/validations/responses";

/**
 * A show's own page: its source and that source's id. Bandsintown has no event-by-id look-up, so its
 * address also names the artist whose events hold it (the one the show was found through).
 */
export function concertPath(c: Pick<MixConcertOut, "source" | "concert_id" | "artists" | "lineup">): string {
  const path = `/concerts/${encodeURIComponent(c.source)}/${encodeURIComponent(c.concert_id)}`;
  if (c.source !== "bandsintown") return path;
  const artist = c.artists[0]?.name ?? c.lineup[0];
  return artist ? `${path}?${new URLSearchParams({ artist })}` : path;
}
