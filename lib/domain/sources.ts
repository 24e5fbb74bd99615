// The sources that can serve a capability, named for the listener, in the order they are tried.
// Shared by the server's messages and the page.

const SOURCE_LABELS: Record<string, string> = {
  spotify: "Spotify",
  "spotify-search": "Spotify search",
  "your-top-tracks": "your own top tracks",
  lastfm: "Last.fm",
  deezer: "Deezer",
  reccobeats: "ReccoBeats",
  bandsintown: "Bandsintown",
  ticketmaster: "Ticketmaster",
};

const ORDER = Object.keys(SOURCE_LABELS);

export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}

/** "Deezer", "Deezer and Last.fm", "A, B and C". */
export function joinNames(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Sort sources in the order the pipeline tries them. */
export function bySourceOrder(a: string, b: string): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
