import type { BinOut } from "@/lib/validations/responses";

/** The mixes' artists as a calendar feed follows them, strongest first: the listener's own, the similar ones, then discoveries. */
export function feedArtists(...mixes: BinOut[]): string[] {
  const reasons = mixes.flatMap((m) => m.bin_reason);
  return [
    ...reasons.filter((r) => r.band_flag === "top").map((r) => r.band_spotify_id),
    ...reasons.filter((r) => r.band_flag !== "top").map((r) => r.band_spotify_id),
    ...mixes.flatMap((m) => m.discoveries ?? []).map((d) => d.spotify_id),
  ];
}
