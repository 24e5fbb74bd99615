// Careful artist-name matching across sources (Spotify, Last.fm, Deezer, Ticketmaster): two names
// are the same artist only when they are equal after normalisation. No fuzzy or prefix matching:
// "Drake" is not "Drake White", and "Queen Tribute Band" is not "Queen".
import { foldAccents } from "./fold";

const AMPERSAND_OR_PLUS = /\s*[&+]\s*/g;
const LEADING_THE = /^the\s+/;
// Joiners read as a space, so "Jay-Z" = "Jay Z" and "AC/DC" = "AC-DC".
const JOINERS = /[-\u2010-\u2015/\\_]/g;
// Anything that is not a letter, mark, digit or space, in any script.
const PUNCTUATION = /[^\p{L}\p{M}\p{N}\s]/gu;
const SPACES = /\s+/g;

/** A name reduced to what identifies the artist: "The Beyoncé & Co." → "beyonce and co". */
export function normalizeArtistName(name: string): string {
  const normalized = foldAccents(name)
    .replace(AMPERSAND_OR_PLUS, " and ")
    .trim()
    .replace(LEADING_THE, "")
    .replace(JOINERS, " ")
    .replace(PUNCTUATION, "")
    .replace(SPACES, " ")
    .trim()
    .normalize("NFC");
  // A name made of punctuation only ("!!!") is its own identity.
  return normalized === "" ? name.trim().toLowerCase() : normalized;
}

export function isSameArtist(a: string, b: string): boolean {
  return a === b || normalizeArtistName(a) === normalizeArtistName(b);
}

/** The first candidate that is the same artist as `name`, or null (never a near miss). */
export function bestMatch<T>(name: string, candidates: readonly T[], nameOf: (candidate: T) => string): T | null {
  const wanted = normalizeArtistName(name);
  return candidates.find((c) => normalizeArtistName(nameOf(c)) === wanted) ?? null;
}
