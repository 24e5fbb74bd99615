// Which catalog tracks ReccoBeats knows, and under which id. Decided per track id by a hash, so
// the ~10% it lacks stay the same whatever else changes in the catalog.
import { hashFraction, uuidFrom } from "./random";
import type { CatalogTrack } from "./types";

export const NOT_ON_RECCOBEATS_SHARE = 0.1;

/** ReccoBeats' own UUID for the track, or null when ReccoBeats does not know the track. */
export function reccobeatsId(track: CatalogTrack): string | null {
  return hashFraction(`reccobeats-missing:${track.id}`) < NOT_ON_RECCOBEATS_SHARE ? null : uuidFrom(`reccobeats-id:${track.id}`);
}
