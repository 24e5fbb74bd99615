import type { Capabilities, ConcertRef } from "@/lib/domain/ports";
import type { Concert } from "@/lib/domain/types";

/** A concert by its address (its own page): the source the address names looks it up; null for an unknown source or concert. */
export function findConcert(capabilities: Pick<Capabilities, "concertLookup">, ref: ConcertRef): Promise<Concert | null> {
  const source = capabilities.concertLookup.find((s) => s.id === ref.source);
  return source ? source.concert(ref) : Promise.resolve(null);
}
