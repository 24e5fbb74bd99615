// Touring acts' shows, as Bandsintown lists them: each scene city gets its share of the year's touring
// shows, genres by the city's leanings, acts from the city's touring region (and the internationals),
// rooms by how popular the act is, a support act on many bills, and multi-night runs for the big names.
import type { CityDef } from "../cities";
import { DESCRIPTIONS, TICKET_APP_ID, showTime } from "../events";
import { GENRES, genreByKey } from "../genres";
import { type Rng, chance, pick, randInt } from "../random";
import type { CatalogArtist, CatalogEvent, SceneVenue, SceneVenueKind } from "../types";
import { isInternational, type SceneActs, touringKey, touringShowsPerYear } from "./acts";
import { SCENE_DAYS, genreWeights, regionOf, weightedIndex } from "./city-scene";
import { Calendar, type VenuesByCity } from "./calendar";

/** A touring act plays a city at most once in this many days (apart from a multi-night run). */
const REVISIT_DAYS = 45;
const SUPPORT_SHARE = 0.45;
const SECOND_SUPPORT_SHARE = 0.25;
/** Acts at least this popular sometimes play 2–3 nights in a row at the same big room. */
const RUN_POPULARITY = 55;
const RUN_SHARE = 0.3;

/** The room a touring act of this popularity and genre plays. */
function roomKind(rng: Rng, a: CatalogArtist): SceneVenueKind {
  if (a.genre === "classical") return a.popularity >= 30 ? "concert hall" : "theatre";
  if (a.genre === "jazz" && a.popularity >= 45 && chance(rng, 0.5)) return "concert hall";
  if (a.popularity >= 78) return chance(rng, 0.7) ? "arena" : "music hall";
  if (a.popularity >= 58) return chance(rng, 0.75) ? "music hall" : "theatre";
  if (a.popularity >= 42 && chance(rng, 0.3)) return "music hall";
  return "club";
}

/** Acts less popular than this play clubs of at most SMALL_CLUB; the others clubs of at least SMALL_ACT_CLUB_MIN. */
const SMALL_ACT = 35;
const SMALL_CLUB = 500;
const SMALL_ACT_CLUB_MIN = 350;

/** One of a few random acts of the pool free that day, preferably one that has not played the city lately. */
function headliner(rng: Rng, pool: readonly CatalogArtist[], city: string, offset: number, calendar: Calendar): CatalogArtist | undefined {
  let fallback: CatalogArtist | undefined;
  for (let tries = 0; tries < 8 && pool.length > 0; tries++) {
    const a = pick(rng, pool);
    if (!calendar.isFree(a.id, offset)) continue;
    if (!calendar.visitedWithin(a.id, city, offset, REVISIT_DAYS)) return a;
    fallback ??= a;
  }
  return fallback;
}

export interface TouringInput {
  cities: readonly CityDef[];
  venues: VenuesByCity;
  acts: SceneActs;
  albumNameByArtist: Map<string, string>;
  calendar: Calendar;
}

export function buildTouringShows(rng: Rng, input: TouringInput): CatalogEvent[] {
  const { acts, calendar } = input;
  const internationals = new Map<string, CatalogArtist[]>();
  for (const list of acts.touring.values()) for (const a of list) if (isInternational(a)) internationals.set(a.genre, [...(internationals.get(a.genre) ?? []), a]);

  let nextId = 200_000_000 + randInt(rng, 0, 999_999);
  const out: CatalogEvent[] = [];
  const event = (bill: CatalogArtist[], offset: number, time: string, venue: SceneVenue): CatalogEvent => {
    const id = String((nextId += randInt(rng, 1, 97)));
    const head = bill[0] as CatalogArtist;
    const onSale = chance(rng, 0.25) ? null : randInt(rng, 20, 150);
    const soldOut = chance(rng, head.popularity >= 60 ? 0.25 : 0.1);
    return {
      id,
      artistIds: bill.map((a) => a.id),
      datetime: `${calendar.date(offset)}T${time}`,
      onSaleDatetime: onSale === null ? "" : `${calendar.date(offset - onSale)}T10:00:00`,
      title: chance(rng, 0.35) ? `${input.albumNameByArtist.get(head.id) ?? head.name} Tour` : "",
      description: chance(rng, 0.5) ? "" : pick(rng, DESCRIPTIONS),
      festival: null,
      venue,
      offers: chance(rng, 0.1) ? [] : [{ type: "Tickets", url: `https://www.bandsintown.com/t/${id}?app_id=${TICKET_APP_ID}&came_from=267`, status: soldOut ? "sold out" : "available" }],
    };
  };

  for (const city of input.cities) {
    const n = Math.round(touringShowsPerYear(city));
    if (n === 0) continue;
    const weights = genreWeights(city);
    const region = regionOf(city);
    const pool = (genre: string) => [
      ...(acts.touring.get(touringKey(genre, region)) ?? []),
      ...(internationals.get(genre) ?? []).filter((a) => !(acts.touring.get(touringKey(genre, region)) ?? []).includes(a)),
    ];
    const pools = new Map(GENRES.map((g) => [g.key, pool(g.key)]));
    const clubs = input.venues.of(city.name, "club");
    const smallClubs = clubs.filter((v) => v.capacity <= SMALL_CLUB);
    const biggerClubs = clubs.filter((v) => v.capacity >= SMALL_ACT_CLUB_MIN);
    // A club sized for the act: small rooms for small acts.
    const clubsFor = (a: CatalogArtist) => (a.popularity < SMALL_ACT ? smallClubs : biggerClubs);
    let made = 0;
    while (made < n) {
      const offset = randInt(rng, 0, SCENE_DAYS - 1);
      const genre = (GENRES[weightedIndex(rng(), weights)] as (typeof GENRES)[number]).key;
      const head = headliner(rng, pools.get(genre) ?? [], city.name, offset, calendar);
      if (!head) {
        made++; // a slot no act could take: the city has one show fewer that year
        continue;
      }
      const kind = roomKind(rng, head);
      const rooms = kind === "club" ? clubsFor(head) : input.venues.of(city.name, kind);
      const venue = rooms.length > 0 ? pick(rng, rooms) : pick(rng, input.venues.of(city.name, "club"));
      const nights = head.popularity >= RUN_POPULARITY && venue.kind !== "club" && chance(rng, RUN_SHARE) ? (chance(rng, 0.7) ? 2 : 3) : 1;
      const offsets = Array.from({ length: nights }, (_, k) => offset + k).filter((o) => o < SCENE_DAYS && calendar.isFree(head.id, o));
      const bill = [head, ...supports(rng, head, pools, offsets, calendar)];
      const time = showTime(rng, head.genre);
      for (const o of offsets) {
        for (const a of bill) calendar.book(a.id, city.name, o);
        out.push(event(bill, o, time, venue));
        made++;
      }
    }
  }
  return out;
}

/** 0–2 less popular touring acts of the same or a neighbouring genre, free on every night of the run. */
function supports(rng: Rng, head: CatalogArtist, pools: Map<string, CatalogArtist[]>, offsets: number[], calendar: Calendar): CatalogArtist[] {
  if (head.genre === "classical" || !chance(rng, head.genre === "jazz" ? 0.1 : SUPPORT_SHARE)) return [];
  const count = chance(rng, SECOND_SUPPORT_SHARE) ? 2 : 1;
  const genre = chance(rng, 0.25) ? pick(rng, genreByKey(head.genre).neighbours) : head.genre;
  const pool = pools.get(genre) ?? [];
  const out: CatalogArtist[] = [];
  for (let tries = 0; tries < 8 && out.length < count && pool.length > 0; tries++) {
    const a = pick(rng, pool);
    if (a.popularity < head.popularity && !out.includes(a) && offsets.every((o) => calendar.isFree(a.id, o))) out.push(a);
  }
  return out;
}
