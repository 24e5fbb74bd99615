// The place to name a dropped pin after: the most populous city within a few km,
// else the nearest one within reach, else none (the middle of the ocean has no name here).
import type { CityIndex } from "./gazetteer";
import { toPlaceOut, type PlaceOut } from "./search";

const EARTH_KM = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function nearestPlace(index: CityIndex, lat: number, lon: number, opts = { townKm: 12, maxKm: 60 }): PlaceOut | null {
  let nearest: { i: number; d: number } | null = null;
  let biggestClose: { i: number; pop: number } | null = null;
  const latWindow = opts.maxKm / 111;
  for (let i = 0; i < index.cities.length; i++) {
    const c = index.cities[i]!;
    if (Math.abs(c.latitude - lat) > latWindow) continue; // cheap filter before the real distance
    const d = distanceKm(lat, lon, c.latitude, c.longitude);
    if (d > opts.maxKm) continue;
    if (!nearest || d < nearest.d) nearest = { i, d };
    if (d <= opts.townKm && (!biggestClose || c.population > biggestClose.pop)) biggestClose = { i, pop: c.population };
  }
  const pick = biggestClose?.i ?? nearest?.i;
  return pick === undefined ? null : toPlaceOut(index.cities[pick]!);
}
