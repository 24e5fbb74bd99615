import { z } from "zod";
import { LISTED_ARTISTS_MAX, PROFILE_PERIODS } from "@/lib/domain/taste";

// The taste a listener without a Spotify session chooses (POST /api/taste), and the names they type
// to be matched to Spotify artists (POST /api/taste/match). These schemas validate the requests, the
// cookie's content when read back, and generate the OpenAPI document.

const username = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(64, "must be at most 64 characters")
  .regex(/^[^\p{C}/\\]+$/u, "must not contain slashes or control characters")
  .meta({ description: "The listener's username on that service, as on their public profile.", example: "lb-demo-indie" });

const period = z
  .enum(PROFILE_PERIODS, { error: `must be one of ${PROFILE_PERIODS.join(", ")}` })
  .default("overall")
  .meta({
    description:
      "Over what time the profile's top artists are read: all of it, or the last 12, 6, 3 or 1 months (Last.fm's periods; " +
      "ListenBrainz's nearest ranges: all_time, year, half_yearly, quarter, month).",
  });

/** A Spotify artist id: 22 letters and digits. */
export const spotifyArtistId = z.string().regex(/^[0-9A-Za-z]{22}$/, "must be a Spotify artist id (22 letters and digits)");

export const tasteChoice = z.discriminatedUnion(
  "source",
  [
    z.object({ source: z.literal("lastfm"), username, period }),
    z.object({ source: z.literal("listenbrainz"), username, period }),
    z.object({
      source: z.literal("your-list"),
      artist_ids: z
        .array(spotifyArtistId)
        .min(1, "must name at least one artist")
        .max(LISTED_ARTISTS_MAX, `must name at most ${LISTED_ARTISTS_MAX} artists`)
        .meta({ description: "The Spotify artists the listener confirmed (from /api/taste/match), strongest first." }),
    }),
  ],
  { error: "must be lastfm, listenbrainz or your-list" },
);

export type TasteChoiceIn = z.infer<typeof tasteChoice>;

export const tasteMatchRequest = z.object({
  names: z
    .array(z.string().trim().min(1, "must not be blank").max(100, "must be at most 100 characters").regex(/^[^\p{C}]+$/u, "must not contain control characters"))
    .min(1, "must name at least one artist")
    .max(LISTED_ARTISTS_MAX, `must name at most ${LISTED_ARTISTS_MAX} artists`)
    .meta({ description: "Artist names as the listener typed or pasted them, one per entry.", example: ["The Rejects", "Neon Harbor"] }),
});
