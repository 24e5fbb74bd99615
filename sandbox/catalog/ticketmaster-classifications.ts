// Ticketmaster's classifications (segment > genre > subGenre, each with a name and an id) for the
// catalog's genres and the non-music events. Segment and genre ids are Ticketmaster's own, as are the
// subGenre ids marked ✓ (seen in public Discovery API payloads); the others are made in their shape.
import { hashString } from "./random";

export type TicketmasterSegment = "Music" | "Sports" | "Arts & Theatre" | "Miscellaneous";

export interface TicketmasterClassification {
  segment: TicketmasterSegment;
  genre: string;
  subGenre: string;
  /** Ticketmaster's flag for family events. */
  family: boolean;
}

const SEGMENT_IDS: Record<TicketmasterSegment, string> = {
  Music: "KZFzniwnSyZfZ7v7nJ", Sports: "KZFzniwnSyZfZ7v7nE", "Arts & Theatre": "KZFzniwnSyZfZ7v7na", Miscellaneous: "KZFzniwnSyZfZ7v7n1",
};

const GENRE_IDS: Record<string, string> = {
  Alternative: "KnvZfZ7vAvv", Rock: "KnvZfZ7vAeA", Metal: "KnvZfZ7vAvt", "Dance/Electronic": "KnvZfZ7vAvF", "Hip-Hop/Rap": "KnvZfZ7vAv1",
  "R&B": "KnvZfZ7vAee", Jazz: "KnvZfZ7vAvE", Classical: "KnvZfZ7vAeJ", Folk: "KnvZfZ7vAva", Latin: "KnvZfZ7vAJ6", Pop: "KnvZfZ7vAev",
  Country: "KnvZfZ7vAv6", Other: "KnvZfZ7vAvl", Basketball: "KnvZfZ7vAde", Theatre: "KnvZfZ7v7l1", Comedy: "KnvZfZ7vAe1",
  Family: "KnvZfZ7vA1n", "Children's Theatre": "KnvZfZ7v7na",
};

const SUBGENRE_IDS: Record<string, string> = {
  "Indie Rock": "KZazBEonSMnZfZ7vAde", // ✓
  Punk: "KZazBEonSMnZfZ7v6a6", // ✓
  "Heavy Metal": "KZazBEonSMnZfZ7vkFd", // ✓
  Jazz: "KZazBEonSMnZfZ7vkda", // ✓
  Folk: "KZazBEonSMnZfZ7vAn7", // ✓
  Latin: "KZazBEonSMnZfZ7vFdJ", // ✓
  Country: "KZazBEonSMnZfZ7vAFa", // ✓
  "R&B": "KZazBEonSMnZfZ7vkIt", // ✓
  Comedy: "KZazBEonSMnZfZ7vF17", // ✓
  Drama: "KZazBEonSMnZfZ7v7lt", // ✓
  "Children's Theatre": "KZazBEonSMnZfZ7v7na", // ✓
  "Ice Shows": "KZazBEonSMnZfZ7vAv6", // ✓
};

/** Catalog genre key -> Ticketmaster's genre and subGenre for its concerts. */
const MUSIC: Record<string, readonly [string, string]> = {
  indie: ["Alternative", "Indie Rock"], punk: ["Rock", "Punk"], metal: ["Metal", "Heavy Metal"],
  techno: ["Dance/Electronic", "Techno"], dnb: ["Dance/Electronic", "Drum & Bass"], ambient: ["Dance/Electronic", "Ambient"],
  hiphop: ["Hip-Hop/Rap", "Hip-Hop/Rap"], soul: ["R&B", "R&B"], jazz: ["Jazz", "Jazz"], classical: ["Classical", "Classical"],
  folk: ["Folk", "Folk"], latin: ["Latin", "Latin"], kpop: ["Pop", "K-Pop"], country: ["Country", "Country"],
};

export const MUSIC_GENRE_KEYS: readonly string[] = Object.keys(MUSIC);

/** The classification of a concert of a catalog genre. */
export function musicClassification(genreKey: string): TicketmasterClassification {
  const [genre, subGenre] = MUSIC[genreKey] ?? ["Other", "Other"];
  return { segment: "Music", genre, subGenre, family: false };
}

export function otherClassification(segment: TicketmasterSegment, genre: string, subGenre: string): TicketmasterClassification {
  return { segment, genre, subGenre, family: genre === "Family" || genre === "Children's Theatre" };
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** An id in Ticketmaster's shape for a name without a known id. */
function madeId(prefix: string, name: string): string {
  let h = hashString(`tm-class:${prefix}:${name}`);
  let out = prefix;
  for (let k = 0; k < 3; k++, h = Math.floor(h / 62)) out += BASE62[h % 62];
  return out;
}

export const segmentId = (name: TicketmasterSegment) => SEGMENT_IDS[name];
export const genreId = (name: string) => GENRE_IDS[name] ?? madeId("KnvZfZ7v", name);
export const subGenreId = (name: string) => SUBGENRE_IDS[name] ?? madeId("KZazBEonSMnZfZ7v", name);
