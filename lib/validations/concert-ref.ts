import { z } from "zod";

/** A concert page's address as it arrives (/concerts/<source>/<id>?artist=…); anything else is a 404. */
export const concertRefInput = z.object({
  source: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/),
  artist: z.string().trim().min(1).max(200).optional(),
});
