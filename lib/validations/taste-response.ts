import { z } from "zod";
import { PROFILE_PERIODS } from "@/lib/domain/taste";

// Answers of the taste and calendar feed endpoints (ours), as zod schemas: their types and the OpenAPI document.

export const tasteSummary = z
  .object({
    source: z.enum(["lastfm", "listenbrainz", "your-list"]).meta({ description: "Where the taste comes from: a Last.fm or ListenBrainz profile, or the listener's own list." }),
    label: z.string().meta({ example: "ListenBrainz" }),
    username: z.string().optional(),
    period: z.enum(PROFILE_PERIODS).optional(),
    artist_ids: z.array(z.string()).optional().meta({ description: "For a list: the Spotify artists it holds." }),
    artists: z.array(z.string()).optional().meta({ description: "When the taste was just chosen: the names read, strongest first (at most 10)." }),
  })
  .meta({ id: "Taste", description: "The taste kept in the listener's encrypted cookie, in place of a Spotify session." });

export const tasteResponse = z.object({ taste: tasteSummary.nullable() });

const matchedArtist = z.object({ id: z.string(), name: z.string(), genres: z.array(z.string()), photo: z.string().nullable() });

export const tasteMatchResponse = z.object({
  matches: z
    .array(
      z.object({
        name: z.string().meta({ description: "As typed." }),
        artists: z.array(matchedArtist).meta({
          description: "Spotify artists of exactly that name (accents, case, &/and, a leading The and punctuation aside), best match first: none, one, or several when the name is ambiguous.",
        }),
      }),
    )
    .meta({ description: "Each distinct name typed, in order." }),
});

export const feedLinkResponse = z.object({
  url: z.string().meta({ description: "The feed (text/calendar), rendered afresh on each fetch.", example: "https://gigs.example.org/api/feeds/eyJhbGciOiJkaXIi….ics" }),
  webcal: z.string().meta({ description: "The same as a webcal:// link, which calendar apps open to subscribe." }),
  expires: z.string().meta({ description: "The last day the link is served (YYYY-MM-DD).", format: "date" }),
});

export type TasteSummary = z.infer<typeof tasteSummary>;
export type TasteMatchResponse = z.infer<typeof tasteMatchResponse>;
export type FeedLinkResponse = z.infer<typeof feedLinkResponse>;
