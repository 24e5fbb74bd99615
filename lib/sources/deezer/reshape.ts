import type { z } from "zod";
import { bestMatch } from "@/lib/text/artist-names";
import { namesInOrder } from "../similar-by-name";
import type { rawArtistList } from "./raw-types";

type ArtistList = z.infer<typeof rawArtistList>;

/** The Deezer id of the search result that is the same artist as `name` (never a near miss), or null. */
export function matchingArtistId(name: string, results: ArtistList): string | null {
  return bestMatch(name, results.data, (a) => a.name)?.id ?? null;
}

/** Related artists' names in Deezer's order, at most `limit`. */
export function reshapeRelatedNames(related: ArtistList, limit: number): string[] {
  return namesInOrder(related.data, limit);
}
