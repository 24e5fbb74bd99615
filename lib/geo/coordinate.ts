/** A coordinate as upstreams write it (a number, or a number in a string); null when missing, empty or not a number. */
export function parseCoordinate(value: string | number | undefined): number | null {
  const n = value === "" || value === undefined ? NaN : Number(value);
  return Number.isFinite(n) ? n : null;
}
