import { z } from "zod";

// ListenBrainz API wire format (GET /1/stats/user/{user}/artists), validated at the boundary.

export const rawUserArtists = z.object({
  payload: z.object({
    artists: z.array(z.object({ artist_name: z.string(), listen_count: z.number().optional() })),
  }),
});

/** Its errors: `{"code":404,"error":"Cannot find user: …"}`. */
export const rawError = z.object({ code: z.number(), error: z.string() });
