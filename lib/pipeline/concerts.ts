import type { Artist, Concert, DateRange, Place } from "@/lib/domain/types";
import { distanceKm } from "@/lib/geo/distance";
import { isWithinRange } from "@/lib/dates/date-range";
import type { Capabilities } from "./capabilities";
import type { Warnings } from "./warnings";

export interface NearbyConcert {
  concert: Concert;
  distanceKm: number;
}

export interface ArtistConcerts {
  artistId: string;
  /** "failed" when the look-up failed; "unknown" when the source does not know the artist. */
  status: "ok" | "unknown" | "failed";
  concerts: NearbyConcert[];
}

export interface ConcertSearch {
  place: Place;
  radiusKm: number;
  range: DateRange;
}

/** One artist's concerts in the date range within the radius, nearest date first. Never rejects. */
export async function nearbyConcerts(caps: Capabilities, artist: Artist, search: ConcertSearch, warnings: Warnings): Promise<ArtistConcerts> {
  try {
    const { events } = await caps.events.eventsFor(artist, search.range);
    if (events === null) {
      warnings.add("artist_not_found", caps.events.name, "not_found", artist.name);
      return { artistId: artist.id, status: "unknown", concerts: [] };
    }
    const concerts = events
      .filter((c) => isWithinRange(c.datetime, search.range))
      .map((concert) => ({ concert, distanceKm: distanceKm(search.place, concert.venue) }))
      .filter((c) => c.distanceKm <= search.radiusKm)
      .sort((a, b) => a.concert.datetime.localeCompare(b.concert.datetime) || a.distanceKm - b.distanceKm);
    return { artistId: artist.id, status: "ok", concerts };
  } catch (error) {
    warnings.addFailure("events_unavailable", caps.events.name, error, artist.name);
    return { artistId: artist.id, status: "failed", concerts: [] };
  }
}
