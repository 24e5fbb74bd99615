import type { MixConcertOut } from "@/lib/validations/responses";

/** Unique per mix and concert; safe in an element id. */
export const concertKey = (mixIndex: number, c: MixConcertOut) =>
  `m${mixIndex}-${c.source}-${c.concert_id}`.replace(/[^A-Za-z0-9_-]/g, "_");
