import type { z } from "zod";
import { namesInOrder } from "../similar-by-name";
import type { rawSimilarArtists } from "./raw-types";

/** The similar artists' names in Last.fm's order (most similar first), at most `limit`. */
export function reshapeSimilarNames(raw: z.infer<typeof rawSimilarArtists>, limit: number): string[] {
  return namesInOrder(raw.similarartists.artist, limit);
}
