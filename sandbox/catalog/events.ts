// Bandsintown-style events dated relative to `today`: tours, support acts, multi-day
// festivals, and guaranteed upcoming shows for the curated personas in the demo cities.
// Everything random is decided in day offsets, so shifting `today` shifts every date.

import type { CatalogArtist, CatalogEvent, CatalogListener, CatalogVenue } from "./types";
import { type CityVenues, DEMO_CITIES } from "./cities";
import { GENRES } from "./genres";
import { addDays } from "./dates";
import { PERSONAS } from "./listeners";
import { type Rng, chance, pick, randInt, shuffle } from "./random";

export const PAST_DAYS = 30;
export const FUTURE_DAYS = 365;
/** Share of artists that never have any events. */
export const NO_EVENT_SHARE = 0.12;
/** Minimum upcoming (0..90 days) shows per demo city for each curated persona's top+related artists. */
export const PERSONA_CITY_TARGET = 10;
export const TICKET_APP_ID = "gigscovery-demo";

interface Draft {
  id: string;
  artistIds: string[];
  offset: number;
  time: string; // HH:mm:ss
  onSaleDaysBefore: number | null;
  title: string;
  festivalName: string | null;
  festival: { start: number; end: number } | null;
  description: string;
  venue: CatalogVenue;
  offers: "available" | "sold out" | null;
}

interface FestivalDef {
  name: string;
  city: string;
  genres: string[];
  startOffset: number;
  days: number;
}

const FESTIVALS: readonly FestivalDef[] = [
  { name: "Polderlicht Festival", city: "Amsterdam", genres: ["indie", "techno", "soul", "folk"], startOffset: 38, days: 3 },
  { name: "Spreewelle Open Air", city: "Berlin", genres: ["techno", "dnb", "ambient"], startOffset: 58, days: 2 },
  { name: "Hudson Riverfest", city: "New York", genres: ["hiphop", "soul", "jazz", "latin"], startOffset: 72, days: 2 },
  { name: "Thames Weekender", city: "London", genres: ["indie", "punk", "hiphop", "dnb"], startOffset: 118, days: 3 },
  { name: "Lone Star Stomp", city: "Austin", genres: ["country", "folk", "punk"], startOffset: 150, days: 2 },
  { name: "Costa Brava Sound", city: "Barcelona", genres: ["latin", "indie", "techno", "kpop"], startOffset: 205, days: 3 },
  { name: "Nordlys Metal Fest", city: "Oslo", genres: ["metal", "punk"], startOffset: 248, days: 3 },
  { name: "Seoul Wave Festival", city: "Seoul", genres: ["kpop", "hiphop", "soul"], startOffset: 300, days: 2 },
  { name: "Tejo Jazz Nights", city: "Lisbon", genres: ["jazz", "classical", "soul"], startOffset: -12, days: 2 },
];

const EVENING = ["18:30:00", "19:00:00", "19:30:00", "20:00:00", "20:00:00", "20:30:00", "21:00:00", "21:30:00"];
const LATE = ["21:00:00", "22:00:00", "22:30:00", "23:00:00", "23:30:00"];
const CONCERT_HALL = ["19:00:00", "19:30:00", "20:00:00", "20:15:00"];
export const DESCRIPTIONS = [
  "Doors open one hour before showtime.",
  "All ages. Photo ID required for the bar.",
  "An intimate evening with a full band.",
  "18+ only. Standing room.",
  "Seated show. Latecomers admitted at a suitable break.",
  "Album release show with special guests.",
];

/** A show's start time as the genre has it: clubs late for techno and drum & bass, concert halls early for classical and jazz. */
export function showTime(rng: Rng, genre: string): string {
  if (genre === "techno" || genre === "dnb") return pick(rng, LATE);
  if (genre === "classical" || genre === "jazz") return pick(rng, CONCERT_HALL);
  return pick(rng, EVENING);
}

export interface EventsInput {
  artists: CatalogArtist[];
  albumNameByArtist: Map<string, string>;
  listeners: CatalogListener[];
  venues: CityVenues[];
  specialIds: Set<string>;
}

export function buildEvents(rng: Rng, today: string, input: EventsInput): CatalogEvent[] {
  const { artists, venues, specialIds } = input;
  const artistById = new Map(artists.map((a) => [a.id, a]));
  const venuesByCity = new Map(venues.map((v) => [v.city.name, v]));

  let nextId = 100_000_000 + randInt(rng, 0, 999_999);
  const newEventId = () => String((nextId += randInt(rng, 1, 97)));

  // 1. Artists that never tour (never special-name artists or the newcomer's two).
  const protectedIds = new Set<string>(specialIds);
  for (const l of input.listeners) if (l.id === "demo-newcomer") for (const id of l.topArtistIds.medium_term) protectedIds.add(id);
  const candidates = artists.filter((a) => !protectedIds.has(a.id));
  const noEvents = new Set(shuffle(rng, candidates).slice(0, Math.round(artists.length * NO_EVENT_SHARE)).map((a) => a.id));
  const touring = (id: string) => !noEvents.has(id);

  // Weighted city choice per genre (genre hot spots get 4x).
  const cityPicker = new Map<string, (r: Rng) => CityVenues>();
  for (const g of GENRES) {
    const weighted = venues.map((v) => ({ v, w: v.city.weight * (g.hotCities.includes(v.city.name) ? 4 : 1) })).filter((x) => x.w > 0);
    const total = weighted.reduce((s, x) => s + x.w, 0);
    cityPicker.set(g.key, (r) => {
      let x = r() * total;
      for (const item of weighted) {
        x -= item.w;
        if (x < 0) return item.v;
      }
      return (weighted[weighted.length - 1] as { v: CityVenues }).v;
    });
  }

  const drafts: Draft[] = [];
  const busy = new Map<string, Set<number>>(); // artist -> offsets with a show
  const markBusy = (id: string, offset: number) => {
    const s = busy.get(id) ?? new Set<number>();
    s.add(offset);
    busy.set(id, s);
  };
  const isBusy = (id: string, offset: number) => busy.get(id)?.has(offset) ?? false;

  const ordinary = (artist: CatalogArtist, offset: number, cv: CityVenues, supports: string[]): Draft => {
    const d: Draft = {
      id: newEventId(),
      artistIds: [artist.id, ...supports],
      offset,
      time: showTime(rng, artist.genre),
      onSaleDaysBefore: chance(rng, 0.25) ? null : randInt(rng, 20, 150),
      title: chance(rng, 0.4) ? `${input.albumNameByArtist.get(artist.id) ?? artist.name} Tour` : "",
      festivalName: null,
      festival: null,
      description: chance(rng, 0.5) ? "" : pick(rng, DESCRIPTIONS),
      venue: pick(rng, cv.venues),
      offers: chance(rng, 0.1) ? null : chance(rng, 0.12) ? "sold out" : "available",
    };
    markBusy(artist.id, offset);
    for (const s of supports) markBusy(s, offset);
    return d;
  };

  const supportsFor = (artist: CatalogArtist, offset: number): string[] => {
    if (!chance(rng, 0.22)) return [];
    const options = artist.relatedIds.slice(0, 12).filter((id) => touring(id) && !isBusy(id, offset));
    return shuffle(rng, options).slice(0, randInt(rng, 1, 2));
  };

  // 2. Tours: 1–2 legs, a show every 1–4 days, 1–12 shows in total.
  for (const artist of artists) {
    if (!touring(artist.id)) continue;
    const total = Math.min(12, Math.max(1, Math.round(randInt(rng, 1, 12) * (0.6 + artist.popularity / 150))));
    const legs = total > 4 && chance(rng, 0.5) ? 2 : 1;
    let remaining = total;
    for (let leg = 0; leg < legs; leg++) {
      const count = leg === legs - 1 ? remaining : Math.ceil(total / 2);
      remaining -= count;
      let offset = randInt(rng, -PAST_DAYS, FUTURE_DAYS - 20);
      const pickCity = cityPicker.get(artist.genre) as (r: Rng) => CityVenues;
      for (let k = 0; k < count && offset <= FUTURE_DAYS; k++) {
        if (!isBusy(artist.id, offset)) drafts.push(ordinary(artist, offset, pickCity(rng), supportsFor(artist, offset)));
        offset += randInt(rng, 1, 4);
      }
    }
  }

  // 3. Festivals: one event per day, 8–30 artists on each day's bill, headliner first.
  for (const f of FESTIVALS) {
    const cv = venuesByCity.get(f.city);
    if (!cv) continue;
    const start = f.startOffset + randInt(rng, -3, 3);
    const pool = shuffle(
      rng,
      artists.filter((a) => f.genres.includes(a.genre) && touring(a.id)),
    );
    const time = pick(rng, ["13:00:00", "14:00:00", "15:00:00"]);
    for (let day = 0; day < f.days; day++) {
      const perDay = Math.floor(pool.length / (f.days - day));
      const size = Math.min(pool.length, randInt(rng, Math.min(8, perDay), Math.max(8, Math.min(30, perDay))));
      const bill = pool.splice(0, size).sort((a, b) => b.popularity - a.popularity || a.id.localeCompare(b.id));
      const offset = start + day;
      drafts.push({
        id: newEventId(),
        artistIds: bill.map((a) => a.id),
        offset,
        time,
        onSaleDaysBefore: randInt(rng, 120, 200),
        title: "",
        festivalName: f.name,
        festival: { start, end: start + f.days - 1 },
        description: `Day ${day + 1} of ${f.days}. ${bill.length} artists across three stages.`,
        venue: cv.festivalSite,
        offers: chance(rng, 0.15) ? "sold out" : "available",
      });
      for (const a of bill) markBusy(a.id, offset);
    }
  }

  // 4. Guarantee: each curated persona's top + related artists have plenty of upcoming
  //    shows (within 90 days) in each demo city, spread over the persona's genres.
  for (const p of PERSONAS) {
    const listener = input.listeners.find((l) => l.id === p.id);
    if (!listener) continue;
    const top = [...new Set(Object.values(listener.topArtistIds).flat())];
    const related = top.flatMap((id) => artistById.get(id)?.relatedIds ?? []);
    const reach = new Set([...top, ...related]);
    const preferred = [...new Set([...top, ...related])].filter(touring);
    for (const cityName of DEMO_CITIES) {
      const cv = venuesByCity.get(cityName);
      if (!cv) continue;
      const count = () =>
        drafts.filter((d) => d.venue.city === cityName && d.offset >= 0 && d.offset <= 90 && d.artistIds.some((id) => reach.has(id))).length;
      let have = count();
      // Round-robin over the persona's genres so several mixes have shows.
      const byGenre = new Map<string, string[]>();
      for (const id of preferred) {
        const g = artistById.get(id)?.genre ?? "";
        byGenre.set(g, [...(byGenre.get(g) ?? []), id]);
      }
      const queues = [...byGenre.values()].map((ids) => shuffle(rng, ids.slice(0, 25)));
      let q = 0;
      let guard = 0;
      while (have < PERSONA_CITY_TARGET && guard++ < 200) {
        const queue = queues[q++ % queues.length];
        const id = queue?.shift();
        if (!id) continue;
        const artist = artistById.get(id) as CatalogArtist;
        let offset = randInt(rng, 1, 88);
        for (let t = 0; t < 5 && isBusy(id, offset); t++) offset = randInt(rng, 1, 88);
        if (isBusy(id, offset)) continue;
        drafts.push(ordinary(artist, offset, cv, supportsFor(artist, offset)));
        have++;
      }
    }
  }

  // 5. Finalise: absolute dates from offsets, sorted by date/time then id.
  drafts.sort((a, b) => a.offset - b.offset || a.time.localeCompare(b.time) || Number(a.id) - Number(b.id));
  return drafts.map((d): CatalogEvent => {
    const date = addDays(today, d.offset);
    const festival = d.festival ? { startDate: addDays(today, d.festival.start), endDate: addDays(today, d.festival.end) } : null;
    return {
      id: d.id,
      artistIds: d.artistIds,
      datetime: `${date}T${d.time}`,
      onSaleDatetime: d.onSaleDaysBefore === null ? "" : `${addDays(today, d.offset - d.onSaleDaysBefore)}T10:00:00`,
      title: d.festivalName && festival ? `${d.festivalName} ${festival.startDate.slice(0, 4)}` : d.title,
      description: d.description,
      festival,
      venue: d.venue,
      offers: d.offers
        ? [{ type: "Tickets", url: `https://www.bandsintown.com/t/${d.id}?app_id=${TICKET_APP_ID}&came_from=267`, status: d.offers }]
        : [],
    };
  });
}
