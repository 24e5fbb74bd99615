// The place to name a dropped pin after: the most populous city within a few km,
// else the nearest one within reach, else none (the middle of the ocean has no name here).
import { distanceKm } from "@/lib/geo/distance";
import type { CityIndex } from "./gazetteer";
import { toPlaceOut, type PlaceOut } from "./search";

export function nearestPlace(index: CityIndex, lat: number, lon: number, opts = { townKm: 12, maxKm: 60 }): PlaceOut | null {
  let nearest: { i: number; d: number } | null = null;
  let biggestClose: { i: number; pop: number } | null = null;
  const latWindow = opts.maxKm / 111;
  for (let i = 0; i < index.cities.length; i++) {
    const c = index.cities[i]!;
    if (Math.abs(c.latitude - lat) > latWindow) continue; // cheap filter before the real distance
    const d = distanceKm({ latitude: lat, longitude: lon }, c);
    if (d > opts.maxKm) continue;
    if (!nearest || d < nearest.d) nearest = { i, d };
    if (d <= opts.townKm && (!biggestClose || c.population > biggestClose.pop)) biggestClose = { i, pop: c.population };
  }
  const pick = biggestClose?.i ?? nearest?.i;
  return pick === undefined ? null : toPlaceOut(index.cities[pick]!);
}
