// The place to name a pin (or the listener's location) after: a town people know, near it.
// Places at most 10 km farther than the nearest one (plus half its distance) are weighed like
// gravity, population over squared distance: a town of 30,000 at 6 km beats a village of 1,000
// at 1 km, and a city ten times bigger wins from about three times as far; but a pin by an
// island village is not named after the city on the mainland. Nothing within 50 km (the middle
// of the ocean) has no name here.
import { distanceKm } from "@/lib/geo/distance";
import type { CityIndex } from "./gazetteer";
import { toPlaceOut, type PlaceOut } from "./search";

const REACH_KM = 50;
/** Within a few km a place counts as right here, whatever the exact distance. */
const HERE_KM = 3;

export function nearestPlace(index: CityIndex, latitude: number, longitude: number): PlaceOut | null {
  const pin = { latitude, longitude };
  // Cheap filters before the real distance: 111 km per degree of latitude, fewer of longitude.
  const latWindow = REACH_KM / 111;
  const lonWindow = latWindow / Math.max(Math.cos((Math.min(Math.abs(latitude) + latWindow, 90) * Math.PI) / 180), 0.01);
  const inReach: { i: number; d: number }[] = [];
  for (let i = 0; i < index.latitudes.length; i++) {
    if (Math.abs(index.latitudes[i]! - latitude) > latWindow) continue;
    const c = index.cities[i]!;
    const dLon = Math.abs(c.longitude - longitude);
    if (Math.min(dLon, 360 - dLon) > lonWindow) continue;
    const d = distanceKm(pin, c);
    if (d <= REACH_KM) inReach.push({ i, d });
  }
  const near = 1.5 * Math.min(...inReach.map((p) => p.d)) + 10;
  let best: number | null = null;
  let bestWeight = -Infinity;
  for (const { i, d } of inReach) {
    const weight = index.logPopulation[i]! - 2 * Math.log10(d + HERE_KM);
    if (d <= near && weight > bestWeight) {
      best = i;
      bestWeight = weight;
    }
  }
  return best === null ? null : toPlaceOut(index.cities[best]!);
}
