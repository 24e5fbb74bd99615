import type { z } from "zod";
import type { Concert, Offer } from "@/lib/domain/types";
import { parseCoordinate } from "@/lib/geo/coordinate";
import type { rawEvent } from "./raw-types";

/** A Bandsintown event as our Concert; null when the venue has no usable coordinates. */
export function reshapeEvent(raw: z.infer<typeof rawEvent>): Concert | null {
  const latitude = parseCoordinate(raw.venue.latitude);
  const longitude = parseCoordinate(raw.venue.longitude);
  if (latitude === null || longitude === null) return null;
  return {
    id: raw.id,
    source: "bandsintown",
    sourceArtistId: raw.artist_id,
    datetime: raw.datetime,
    title: raw.title?.trim() ? raw.title : null,
    description: raw.description,
    url: raw.url,
    offers: raw.offers,
    lineup: raw.lineup,
    venue: {
      name: raw.venue.name,
      city: raw.venue.city,
      region: raw.venue.region,
      country: raw.venue.country,
      latitude,
      longitude,
    },
    ...(soldOut(raw.offers) ? { status: "sold_out" as const } : {}),
  };
}

/** Bandsintown says no more than its offers do: sold out when it has offers and every one is. */
function soldOut(offers: Offer[]): boolean {
  return offers.length > 0 && offers.every((o) => o.status.trim().toLowerCase() === "sold out");
}
