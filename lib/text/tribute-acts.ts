// Tribute acts play another artist's songs; a listing by one is not a discovery of new music.
// Named the way listings name them: "A Tribute to X", "X Tribute Band", "The X Experience",
// "One Night of X", "The Music of X", "A Salute to X", "Celebrating X".
const TRIBUTE = [
  /\btribute\b/i,
  /\bsalute to\b/i,
  /\bthe music of\b/i,
  /\bone night of\b/i,
  /\bcelebrating\b/i,
  /^the .+ experience$/i,
];

export function isTributeAct(name: string): boolean {
  return TRIBUTE.some((pattern) => pattern.test(name.trim()));
}
