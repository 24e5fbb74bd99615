import { z } from "zod";

// Last.fm API 2.0 wire format (artist.getSimilar and user.getTopArtists with format=json), validated at the boundary.

const rawSimilarArtist = z.object({
  name: z.string(),
  mbid: z.string().optional(),
  match: z.union([z.string(), z.number()]).optional(), // "0.87"
  url: z.string().optional(),
});

export const rawSimilarArtists = z.object({
  similarartists: z.object({
    // Last.fm's XML-to-JSON conversion turns a one-item list into the bare item.
    artist: z.union([z.array(rawSimilarArtist), rawSimilarArtist.transform((a) => [a])]).optional().default([]),
  }),
});

const rawTopArtist = z.object({ name: z.string(), playcount: z.union([z.string(), z.number()]).optional() });

export const rawTopArtists = z.object({
  topartists: z.object({
    artist: z.union([z.array(rawTopArtist), rawTopArtist.transform((a) => [a])]).optional().default([]),
  }),
});

/** Errors come in the body, with HTTP 200 or a 4xx: `{"error":6,"message":"The artist you supplied could not be found"}`. */
export const rawError = z.object({ error: z.number(), message: z.string().optional() });

/** The error codes we act on. */
export const LASTFM_ERROR = {
  /** An unknown artist, or user ("invalid parameters" is its general meaning). */
  notFound: 6,
  invalidApiKey: 10,
  /** user.getTopArtists of a profile that hides its listening. */
  loginRequired: 17,
  suspendedApiKey: 26,
  rateLimitExceeded: 29,
} as const;
