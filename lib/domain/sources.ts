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

/** Sort sources in the order the pipeline tries them. */
export function bySourceOrder(a: string, b: string): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
