import type { z } from "zod";
import type { rawSimilarArtists } from "./raw-types";

/** The similar artists' names in Last.fm's order (most similar first), at most `limit`. */
export function reshapeSimilarNames(raw: z.infer<typeof rawSimilarArtists>, limit: number): string[] {
  return raw.similarartists.artist
    .map((a) => a.name.trim())
    .filter((name) => name !== "")
    .slice(0, limit);
}
