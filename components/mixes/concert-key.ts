import type { MixConcertOut } from "@/lib/domain/bins";

/** Unique per mix and concert; safe in an element id. */
export const concertKey = (mixIndex: number, c: MixConcertOut) =>
  `m${mixIndex}-${c.source}-${c.concert_id}`.replace(/[^A-Za-z0-9_-]/g, "_");
