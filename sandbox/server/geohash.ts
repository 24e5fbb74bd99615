// Geohash decoding for Ticketmaster's geoPoint parameter: the centre of the hash's cell.
const BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";

export function decodeGeohash(hash: string): { latitude: number; longitude: number } | null {
  if (hash.length === 0 || hash.length > 12) return null;
  const lat = [-90, 90];
  const lon = [-180, 180];
  let even = true; // bits alternate, longitude first
  for (const ch of hash.toLowerCase()) {
    const v = BASE32.indexOf(ch);
    if (v < 0) return null;
    for (let bit = 4; bit >= 0; bit--) {
      const range = even ? lon : lat;
      const mid = ((range[0] as number) + (range[1] as number)) / 2;
      if ((v >> bit) & 1) range[0] = mid;
      else range[1] = mid;
      even = !even;
    }
  }
  return { latitude: ((lat[0] as number) + (lat[1] as number)) / 2, longitude: ((lon[0] as number) + (lon[1] as number)) / 2 };
}
