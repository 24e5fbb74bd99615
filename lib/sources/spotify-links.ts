// Spotify ids inside other sources' links: ReccoBeats' `href` (a track), Ticketmaster's
// externalLinks.spotify (an artist). Lenient with locale prefixes, query strings and fragments.

const linkPattern = (kind: string) =>
  new RegExp(`^(?:https?://open\\.spotify\\.com/(?:intl-[a-z]{2}(?:-[a-z]{2})?/)?${kind}/|spotify:${kind}:)([A-Za-z0-9]+)(?:[/?#]|$)`, "i");
const LINK = { artist: linkPattern("artist"), track: linkPattern("track") };

/** The Spotify id in an open.spotify.com link or a spotify: URI of that kind, or null. */
export function spotifyIdFromLink(link: string, kind: "artist" | "track"): string | null {
  return LINK[kind].exec(link.trim())?.[1] ?? null;
}
