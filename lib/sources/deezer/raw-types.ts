import { z } from "zod";

// Deezer API wire format (/search/artist and /artist/{id}/related), validated at the boundary.

const rawArtist = z.object({
  id: z.union([z.number(), z.string()]).transform(String),
  name: z.string(),
  picture_medium: z.string().optional(),
  nb_fan: z.number().optional(),
});

export const rawArtistList = z.object({
  data: z.array(rawArtist),
  total: z.number().optional(),
});

/** Errors come with HTTP 200: `{"error":{"type":"Exception","message":"Quota limit exceeded","code":4}}`. */
export const rawError = z.object({
  error: z.object({ type: z.string().optional(), message: z.string().optional(), code: z.number().optional() }),
});

/** The error codes we act on. */
export const DEEZER_ERROR = { quota: 4, dataNotFound: 800 } as const;
