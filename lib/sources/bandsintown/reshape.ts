import type { z } from "zod";
import type { Concert } from "@/lib/domain/types";
import type { rawEvent } from "./raw-types";

/** A Bandsintown event as our Concert; null when the venue has no usable coordinates. */
export function reshapeEvent(raw: z.infer<typeof rawEvent>): Concert | null {
  const latitude = Number(raw.venue.latitude);
  const longitude = Number(raw.venue.longitude);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || (raw.venue.latitude === "" && raw.venue.longitude === "")) {
    return null;
  }
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
  };
}
