import "server-only";
import type { ListenerArtist } from "@/lib/domain/types";
import type { NearbyConcert } from "@/lib/pipeline/concerts";
import { feedCalendar } from "@/lib/calendar/ics";
import type { MixConcertOut } from "@/lib/validations/responses";
import { shapeFound } from "./shape-responses";

/** The feed's concerts as one calendar: each show once, naming every artist of the feed on its bill, by date. */
export function renderFeed(found: { artist: ListenerArtist; concerts: NearbyConcert[] }[], name: string): string {
  const shows = new Map<string, MixConcertOut>();
  for (const entry of found) {
    for (const show of shapeFound(entry)) {
      const key = `${show.source}:${show.concert_id}`;
      const known = shows.get(key);
      if (known) known.artists.push(...show.artists.filter((a) => !known.artists.some((k) => k.spotify_id === a.spotify_id)));
      else shows.set(key, show);
    }
  }
  return feedCalendar([...shows.values()].sort((a, b) => a.date.localeCompare(b.date)), name);
}
