import type { z } from "zod";
import type { Artist, Track } from "@/lib/domain/types";
import type { rawArtist, rawTrack } from "./raw-types";

export function reshapeArtist(raw: z.infer<typeof rawArtist>): Artist {
  // Spotify lists images largest first; a mid-sized one suits our cards.
  const images = raw.images ?? [];
  const image = images.find((i) => (i.width ?? 0) <= 320) ?? images[0];
  return { id: raw.id, name: raw.name, genres: raw.genres ?? [], imageUrl: image?.url ?? null };
}

/** A track as one of `artist`'s tracks. */
export function reshapeTrack(raw: z.infer<typeof rawTrack>, artist: Pick<Artist, "id" | "name">): Track {
  return { id: raw.id, name: raw.name, uri: raw.uri, artistId: artist.id, artistName: artist.name };
}
