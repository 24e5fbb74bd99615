// Local acts' gigs, only on Ticketmaster: in their home city's clubs, one to three local acts on a bill,
// and weekly residencies (a jazz trio every Thursday, a techno night every Friday) at one room.
import type { CityDef } from "../cities";
import { showTime } from "../events";
import { GENRES } from "../genres";
import { type Rng, chance, pick, randInt } from "../random";
import type { CatalogArtist, SceneShow, SceneVenue } from "../types";
import { localKey, type SceneActs } from "./acts";
import type { Calendar, VenuesByCity } from "./calendar";
import { SCENE_DAYS, TOURING_SHARE, genreWeights, listedShowsPer60Days, weightedIndex } from "./city-scene";

const RESIDENCY_GENRES = new Set(["jazz", "techno", "dnb", "soul", "folk", "ambient"]);
const RESIDENCY_SHARE = 0.15;
/** Local rooms: clubs up to this size (a popular local act may fill a bigger club). */
const LOCAL_ROOM = 600;

export interface LocalInput {
  cities: readonly CityDef[];
  venues: VenuesByCity;
  acts: SceneActs;
  calendar: Calendar;
}

/** One of a few random acts of `pool` that is free that day and not already on the bill, if any. */
export function freeAct(rng: Rng, pool: readonly CatalogArtist[], offset: number, calendar: Calendar, bill: readonly CatalogArtist[] = []): CatalogArtist | undefined {
  for (let tries = 0; tries < 8 && pool.length > 0; tries++) {
    const a = pick(rng, pool);
    if (calendar.isFree(a.id, offset) && !bill.includes(a)) return a;
  }
  return undefined;
}

export function buildLocalShows(rng: Rng, input: LocalInput): SceneShow[] {
  const { acts, calendar } = input;
  let nextId = 300_000_000 + randInt(rng, 0, 999_999);
  const out: SceneShow[] = [];
  const show = (bill: CatalogArtist[], offset: number, time: string, venue: SceneVenue) => {
    for (const a of bill) calendar.book(a.id, venue.city, offset);
    out.push({ id: String((nextId += randInt(rng, 1, 97))), artistIds: bill.map((a) => a.id), datetime: `${calendar.date(offset)}T${time}`, venue });
  };

  for (const city of input.cities) {
    const n = Math.round(listedShowsPer60Days(city) * (1 - TOURING_SHARE) * (SCENE_DAYS / 60));
    const local = (genre: string) => acts.local.get(localKey(city.name, genre)) ?? [];
    const everyone = GENRES.flatMap((g) => local(g.key));
    const clubs = input.venues.of(city.name, "club");
    if (n === 0 || everyone.length === 0 || clubs.length === 0) continue;
    const small = clubs.filter((v) => v.capacity <= LOCAL_ROOM);
    const larger = clubs.filter((v) => v.capacity <= 2 * LOCAL_ROOM);
    const room = (a: CatalogArtist) => {
      const fitting = a.popularity >= 25 ? larger : small;
      return pick(rng, fitting.length > 0 ? fitting : clubs);
    };
    const supportsOf = new Map(GENRES.map((g) => [g.key, [...local(g.key), ...g.neighbours.flatMap(local)]]));
    let made = 0;

    // Residencies: the same night of the week at the same room, for 4–10 weeks.
    for (const a of everyone) {
      if (!RESIDENCY_GENRES.has(a.genre) || !chance(rng, RESIDENCY_SHARE)) continue;
      const venue = room(a);
      const time = showTime(rng, a.genre);
      const start = randInt(rng, 0, SCENE_DAYS - 1);
      for (let week = 0, weeks = randInt(rng, 4, 10); week < weeks && made < n; week++) {
        const offset = start + 7 * week;
        if (offset >= SCENE_DAYS) break;
        if (calendar.isFree(a.id, offset)) {
          show([a], offset, time, venue);
          made++;
        }
      }
    }

    const weights = genreWeights(city);
    while (made < n) {
      made++;
      const offset = randInt(rng, 0, SCENE_DAYS - 1);
      const genre = (GENRES[weightedIndex(rng(), weights)] as (typeof GENRES)[number]).key;
      const head = freeAct(rng, local(genre).length > 0 ? local(genre) : everyone, offset, calendar);
      if (!head) continue;
      const r = rng();
      const bill = [head];
      for (let k = r < 0.1 ? 2 : r < 0.4 ? 1 : 0; k > 0; k--) {
        const support = freeAct(rng, supportsOf.get(head.genre) ?? [], offset, calendar, bill);
        if (support) bill.push(support);
      }
      // The best-known act headlines.
      bill.sort((x, y) => y.popularity - x.popularity);
      show(bill, offset, showTime(rng, head.genre), room(head));
    }
  }
  return out;
}
