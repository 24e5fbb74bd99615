// Bookkeeping while the scenes are scheduled: dates by day offset, who plays when and where, venues by kind.
import { addDays } from "../dates";
import type { SceneVenue, SceneVenueKind } from "../types";
import { SCENE_DAYS } from "./city-scene";

export class Calendar {
  private readonly dates = new Map<number, string>();
  /** Per artist, a byte per scheduled day: 1 when booked. */
  private readonly busy = new Map<string, Uint8Array>();
  /** Per artist, the offsets of their shows per city. */
  private readonly visits = new Map<string, Map<string, number[]>>();

  constructor(private readonly today: string) {}

  /** today + offset days, YYYY-MM-DD. */
  date(offset: number): string {
    let d = this.dates.get(offset);
    if (d === undefined) this.dates.set(offset, (d = addDays(this.today, offset)));
    return d;
  }

  isFree(artistId: string, offset: number): boolean {
    return this.busy.get(artistId)?.[offset] !== 1;
  }

  /** Whether the artist plays `city` less than `days` days before or after `offset`. */
  visitedWithin(artistId: string, city: string, offset: number, days: number): boolean {
    const offsets = this.visits.get(artistId)?.get(city);
    return offsets !== undefined && offsets.some((o) => Math.abs(o - offset) < days);
  }

  book(artistId: string, city: string, offset: number): void {
    let days = this.busy.get(artistId);
    if (!days) this.busy.set(artistId, (days = new Uint8Array(SCENE_DAYS)));
    days[offset] = 1;
    let cities = this.visits.get(artistId);
    if (!cities) this.visits.set(artistId, (cities = new Map()));
    const offsets = cities.get(city);
    if (offsets) offsets.push(offset);
    else cities.set(city, [offset]);
  }
}

export class VenuesByCity {
  private readonly byKey = new Map<string, SceneVenue[]>();

  constructor(venues: readonly SceneVenue[]) {
    for (const v of venues) {
      const key = `${v.city}|${v.kind}`;
      const list = this.byKey.get(key);
      if (list) list.push(v);
      else this.byKey.set(key, [v]);
    }
  }

  of(city: string, kind: SceneVenueKind): SceneVenue[] {
    return this.byKey.get(`${city}|${kind}`) ?? [];
  }
}
