// Bandsintown artist names in URL paths. Their server decodes the path once and then
// unescapes %2F %3F %2A %22 itself, so those four characters must be escaped twice
// (their docs list `"` as "%27C", a typo for %2522). Everything else is encoded once.
// Inherent to their scheme: a name containing a literal "%2F" (etc.) can't be expressed.

const DOUBLE_ESCAPED: Record<string, string> = { "%2F": "%252F", "%3F": "%253F", "%2A": "%252A", "%22": "%2522" };

/** Path segment for a Bandsintown artist name, e.g. "AC/DC" → "AC%252FDC". */
export function encodeArtistName(name: string): string {
  return encodeURIComponent(name)
    .replace(/\*/g, "%2A") // encodeURIComponent leaves "*" alone
    .replace(/%2F|%3F|%2A|%22/g, (m) => DOUBLE_ESCAPED[m]!);
}
