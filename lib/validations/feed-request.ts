import { z } from "zod";
import { spotifyArtistId } from "./taste-request";

// A calendar feed to subscribe to (POST /api/feeds): the artists it follows (a mix's, or all of a
// search's), near a place, over a rolling window from each day it is fetched.

/** The most artists one feed follows (its link grows with each: about 30 characters an artist). */
export const FEED_ARTISTS_MAX = 100;

export const feedRequest = z.object({
  artist_ids: z
    .array(spotifyArtistId)
    .min(1, "must name at least one artist")
    .max(FEED_ARTISTS_MAX, `must name at most ${FEED_ARTISTS_MAX} artists`)
    .meta({ description: "The Spotify artists whose concerts the feed lists: a mix's artists and discoveries, strongest first." }),
  name: z.string().trim().min(1, "is required").max(80, "must be at most 80 characters").meta({ description: "The calendar's name, e.g. the mix's.", example: "Indie & Rock · Energetic & bright" }),
  latitude: z.number({ error: "must be a number" }).min(-90, "must be between -90 and 90").max(90, "must be between -90 and 90"),
  longitude: z.number({ error: "must be a number" }).min(-180, "must be between -180 and 180").max(180, "must be between -180 and 180"),
  radius: z.number({ error: "must be a number" }).min(1, "must be between 1 and 500 km").max(500, "must be between 1 and 500 km").default(25),
  days: z
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 366")
    .max(366, "must be between 1 and 366")
    .default(90)
    .meta({ description: "The rolling window: each fetch lists the concerts from that day on, for this many days." }),
});
