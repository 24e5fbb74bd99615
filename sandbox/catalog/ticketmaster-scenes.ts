// The city scenes on Ticketmaster: most touring acts' shows and every local act's gig, with Spotify links on
// the share of attractions that carry them in reality, and the traps a real listing holds: tribute acts
// (also of the scenes' acts), non-music events in the big cities (theatre runs, comedy, sports, family
// shows; found only without classificationName=music), and cancelled, postponed and rescheduled shows.
import { CITIES, type CityDef } from "./cities";
import { externalName, foldName } from "./name-variants";
import { type Rng, chance, hashFraction, pick, randInt, subRng } from "./random";
import { genreWeights, isBigCity, listedShowsPer60Days, SCENE_DAYS, TOURING_LISTED_SHARE, weightedIndex } from "./scenes/city-scene";
import { Calendar } from "./scenes/calendar";
import { GENRES } from "./genres";
import { zonedToUtc } from "./dates";
import { type Builder, type TicketmasterEvent, add, attractionOf, otherAttraction, tributeName, venueOf } from "./ticketmaster-builder";
import { type TicketmasterClassification, musicClassification, otherClassification } from "./ticketmaster-classifications";
import type { Catalog, CatalogArtist, CatalogEvent, SceneShow, SceneVenue, SceneVenueKind } from "./types";

/**
 * Shares of attractions with externalLinks.spotify. Public Discovery API payloads show links on established
 * touring acts (not all: in one 2022 page Slipknot had one, Cypress Hill and Ho99o9 did not; none of 37 music
 * attractions of a 2020 New York page had one) and none on local openers, promoters or package tours.
 */
export const TOURING_SPOTIFY_LINK_SHARE = 0.45;
export const LOCAL_SPOTIFY_LINK_SHARE = 0.05;
/** Tribute shows, as a share of a scene's listed music shows. */
export const TRIBUTE_SHARE = 0.035;
/** Shares of a scene's shows that are cancelled, postponed or rescheduled (and still listed, as on Ticketmaster). */
export const SCENE_STATUS_SHARES = { cancelled: 0.025, postponed: 0.01, rescheduled: 0.015 } as const;
/** Tribute acts play the music of artists at least this popular. */
const TRIBUTE_POPULARITY = 50;

const sceneIdsCache = new WeakMap<Catalog, Map<string, "touring" | "local">>();

/** The scenes' acts of a catalog and their kind. */
export function sceneActKinds(catalog: Catalog): Map<string, "touring" | "local"> {
  let kinds = sceneIdsCache.get(catalog);
  if (!kinds) sceneIdsCache.set(catalog, (kinds = new Map(catalog.scenes.acts.map((a) => [a.artistId, a.kind]))));
  return kinds;
}

/** Whether a catalog event is a city scene's (a touring act's show). */
export function isSceneEvent(catalog: Catalog, e: CatalogEvent): boolean {
  return sceneActKinds(catalog).has(e.artistIds[0] ?? "");
}

function sceneStatus(key: string, soldOut: boolean): TicketmasterEvent["status"] {
  const r = hashFraction(`tm-scene-status:${key}`);
  const { cancelled, postponed, rescheduled } = SCENE_STATUS_SHARES;
  if (r < cancelled) return "cancelled";
  if (r < cancelled + postponed) return "postponed";
  if (r < cancelled + postponed + rescheduled) return "rescheduled";
  return soldOut ? "offsale" : "onsale";
}

/** Scene events and local shows per city, found once per catalog. */
interface ScenesByCity {
  events: Map<string, CatalogEvent[]>;
  shows: Map<string, SceneShow[]>;
  venues: Map<string, SceneVenue[]>;
  /** Artists tribute acts play: popular base artists and touring acts. */
  idols: CatalogArtist[];
  /** Folded catalog artist names: made-up attractions never take one. */
  taken: Set<string>;
}
const byCityCache = new WeakMap<Catalog, ScenesByCity>();

function scenesByCity(catalog: Catalog): ScenesByCity {
  let found = byCityCache.get(catalog);
  if (found) return found;
  const kinds = sceneActKinds(catalog);
  const push = <T>(m: Map<string, T[]>, key: string, x: T) => {
    const list = m.get(key);
    if (list) list.push(x);
    else m.set(key, [x]);
  };
  found = {
    events: new Map(), shows: new Map(), venues: new Map(),
    idols: catalog.artists.filter((a) => a.popularity >= TRIBUTE_POPULARITY && kinds.get(a.id) !== "local"),
    taken: new Set(catalog.artists.map((a) => foldName(a.name))),
  };
  for (const e of catalog.events) if (kinds.has(e.artistIds[0] ?? "") && e.datetime.slice(0, 10) >= catalog.today) push(found.events, e.venue.city, e);
  for (const s of catalog.scenes.localShows) push(found.shows, s.venue.city, s);
  for (const v of catalog.scenes.venues) push(found.venues, `${v.city}|${v.kind}`, v);
  byCityCache.set(catalog, found);
  return found;
}

/** A city scene's listing: its touring shows Ticketmaster lists, its local gigs, tribute acts and, in a big city, non-music events. */
export function listSceneCity(b: Builder, city: CityDef): void {
  const { catalog } = b;
  const kinds = sceneActKinds(catalog);
  const scenes = scenesByCity(catalog);
  const attraction = (a: CatalogArtist) => attractionOf(b, a, kinds.get(a.id) === "local" ? LOCAL_SPOTIFY_LINK_SHARE : TOURING_SPOTIFY_LINK_SHARE);
  const billOf = (ids: string[]) => ids.map((id) => b.artistsById.get(id)).filter((a): a is CatalogArtist => !!a);

  for (const e of scenes.events.get(city.name) ?? []) {
    if (hashFraction(`tm-scene-list:${catalog.seed}:${e.id}`) >= TOURING_LISTED_SHARE) continue;
    const bill = billOf(e.artistIds);
    const head = bill[0] as CatalogArtist;
    const venue = venueOf(b, e.venue);
    const key = `scene:${e.id}`;
    add(b, key, {
      name: `${externalName(catalog, head)}${e.title ? `: ${e.title}` : ""}`,
      kind: "scene", sourceEventId: e.id, tributeOf: null, ...musicClassification(head.genre),
      localDate: e.datetime.slice(0, 10), localTime: e.datetime.slice(11),
      status: sceneStatus(key, e.offers[0]?.status === "sold out"),
      onSaleDateTime: e.onSaleDatetime ? zonedToUtc(e.onSaleDatetime, venue.timezone) : null,
      venue, attractions: bill.map(attraction),
    });
  }

  for (const s of scenes.shows.get(city.name) ?? []) {
    const bill = billOf(s.artistIds);
    const head = bill[0] as CatalogArtist;
    const names = bill.map((a) => externalName(catalog, a));
    const key = `scene-local:${s.id}`;
    add(b, key, {
      name: names.length > 1 ? `${names[0]} with ${names.slice(1).join(" & ")}` : (names[0] as string),
      kind: "scene", sourceEventId: null, tributeOf: null, ...musicClassification(head.genre),
      localDate: s.datetime.slice(0, 10), localTime: s.datetime.slice(11),
      status: sceneStatus(key, false),
      venue: venueOf(b, s.venue), attractions: bill.map(attraction),
    });
  }

  const ctx: TrapContext = {
    b, rng: subRng(catalog.seed, `ticketmaster-scene:${city.name}`), calendar: new Calendar(catalog.today),
    venuesOf: (name, ...ks) => ks.flatMap((k) => scenes.venues.get(`${name}|${k}`) ?? []),
    taken: scenes.taken,
  };
  listTributes(ctx, city, scenes.idols);
  if (isBigCity(city)) listNonMusic(ctx, city);
}

interface TrapContext {
  b: Builder;
  rng: Rng;
  calendar: Calendar;
  venuesOf: (city: string, ...kinds: SceneVenueKind[]) => SceneVenue[];
  taken: Set<string>;
}

function listTributes(ctx: TrapContext, city: CityDef, idols: CatalogArtist[]): void {
  const { rng } = ctx;
  const byGenre = new Map(GENRES.map((g) => [g.key, idols.filter((a) => a.genre === g.key)]));
  const rooms = ctx.venuesOf(city.name, "club", "theatre").filter((v) => v.capacity >= 300);
  if (rooms.length === 0) return;
  const weights = genreWeights(city);
  const n = Math.round(listedShowsPer60Days(city) * TRIBUTE_SHARE * (SCENE_DAYS / 60));
  for (let k = 0; k < n; k++) {
    const pool = byGenre.get((GENRES[weightedIndex(rng(), weights)] as (typeof GENRES)[number]).key) ?? [];
    const idol = pool.length > 0 ? pick(rng, pool) : pick(rng, idols);
    const name = tributeName(rng, idol);
    const key = `scene-tribute:${city.name}:${k}`;
    add(ctx.b, key, {
      name, kind: "tribute", sourceEventId: null, tributeOf: idol.id, ...musicClassification(idol.genre),
      localDate: ctx.calendar.date(randInt(rng, 0, SCENE_DAYS - 1)), localTime: pick(rng, ["19:30:00", "20:00:00"]),
      status: sceneStatus(key, false),
      venue: venueOf(ctx.b, pick(rng, rooms)), attractions: [otherAttraction(name, idol.genre)],
    });
  }
}

const PRODUCTIONS: readonly [string, string][] = [
  ["The Glass Orchard: The Musical", "Musical"], ["Midnight at the Lighthouse", "Drama"], ["The Clockwork Heart", "Musical"],
  ["A Winter's Tale", "Drama"], ["The Paper Moon Revue", "Musical"], ["Othello", "Drama"], ["The Seagull", "Drama"],
  ["Lanterns Over the Harbour", "Musical"], ["The Importance of Being Earnest", "Drama"], ["Starlight Express Lane", "Musical"],
];
const COMEDIANS_FIRST = ["Dougie", "Marcy", "Benedikt", "Priyanka", "Tomasz", "Greta", "Rashid", "Colette", "Hamish", "Yoko", "Lorenzo", "Bea"];
const COMEDIANS_LAST = ["Pemberton", "Quayle", "Okonkwo", "Van Houten", "Lindgren", "Marchetti", "Brannigan", "Sato", "Delacour", "Fitzwilliam"];
const TOURS = ["Work in Progress", "No Notes", "Live and Mostly Awake", "Overthinking It", "Small Talk, Big Room", "Unfiltered"];
const MASCOTS = ["Falcons", "Bears", "Mariners", "Wolves", "Kings", "Pioneers", "Thunder", "Royals"];
const FAMILY: readonly [string, TicketmasterClassification][] = [
  ["The Little Dragon's Big Adventure", otherClassification("Arts & Theatre", "Children's Theatre", "Children's Theatre")],
  ["The Marvellous Puppet Circus", otherClassification("Arts & Theatre", "Children's Theatre", "Children's Theatre")],
  ["Wonders on Ice", otherClassification("Miscellaneous", "Family", "Ice Shows")],
  ["Dino Safari Live", otherClassification("Miscellaneous", "Family", "Family")],
];

/** Theatre runs (six nights a week for 6–12 weeks), comedy nights, home games of two teams and family matinees. */
function listNonMusic(ctx: TrapContext, city: CityDef): void {
  const { rng, b } = ctx;
  const nonMusic = (key: string, name: string, cls: TicketmasterClassification, offset: number, time: string, venue: SceneVenue, attractions: string[]) =>
    add(b, key, {
      name, kind: "non-music", sourceEventId: null, tributeOf: null, ...cls,
      localDate: ctx.calendar.date(offset), localTime: time, status: sceneStatus(key, false),
      venue: venueOf(b, venue), attractions: attractions.map((a) => otherAttraction(a)),
    });
  const theatres = ctx.venuesOf(city.name, "theatre");
  const halls = ctx.venuesOf(city.name, "theatre", "music hall");
  const stadium = ctx.venuesOf(city.name, "stadium")[0];
  const arena = ctx.venuesOf(city.name, "arena")[0];
  const allowed = (name: string) => !ctx.taken.has(foldName(name));

  for (let p = 0; p < 5 && theatres.length > 0; p++) {
    const [title, sub] = pick(rng, PRODUCTIONS);
    const venue = pick(rng, theatres);
    const start = randInt(rng, -60, SCENE_DAYS - 30);
    const dark = randInt(rng, 0, 6);
    for (let d = 0, days = 7 * randInt(rng, 6, 12); d < days; d++) {
      const offset = start + d;
      if (offset < 0 || offset >= SCENE_DAYS || d % 7 === dark) continue;
      nonMusic(`scene-theatre:${city.name}:${p}:${d}`, title, otherClassification("Arts & Theatre", "Theatre", sub), offset, "19:30:00", venue, [title]);
    }
  }
  for (let k = 0; k < 150 && halls.length > 0; k++) {
    const comedian = `${pick(rng, COMEDIANS_FIRST)} ${pick(rng, COMEDIANS_LAST)}`;
    if (!allowed(comedian)) continue;
    nonMusic(`scene-comedy:${city.name}:${k}`, `${comedian}: ${pick(rng, TOURS)}`, otherClassification("Arts & Theatre", "Comedy", "Comedy"),
      randInt(rng, 0, SCENE_DAYS - 1), pick(rng, ["19:00:00", "20:00:00", "21:30:00"]), pick(rng, halls), [comedian]);
  }
  const us = city.countryCode === "US" || city.countryCode === "CA";
  const teams: [string, TicketmasterClassification, SceneVenue | undefined][] = [
    [pick(rng, MASCOTS), us ? otherClassification("Sports", "Basketball", "NBA") : otherClassification("Sports", "Soccer", "Soccer"), us ? arena : stadium],
    [pick(rng, MASCOTS), us ? otherClassification("Sports", "Hockey", "NHL") : otherClassification("Sports", "Basketball", "Basketball"), arena],
  ];
  const rivals = CITIES.filter((c) => c.name !== city.name && c.countryCode === city.countryCode).map((c) => c.name);
  teams.forEach(([mascot, cls, venue], t) => {
    if (!venue) return;
    for (let offset = randInt(rng, 0, 13); offset < SCENE_DAYS; offset += randInt(rng, 10, 18)) {
      const home = `${city.name} ${mascot}`;
      const away = `${rivals.length > 0 ? pick(rng, rivals) : "Harbourside"} ${pick(rng, MASCOTS.filter((m) => m !== mascot))}`;
      nonMusic(`scene-sports:${city.name}:${t}:${offset}`, `${home} vs. ${away}`, cls, offset, pick(rng, ["15:00:00", "18:30:00", "19:30:00"]), venue, [home, away]);
    }
  });
  for (let offset = randInt(rng, 0, 3); offset < SCENE_DAYS && halls.length > 0; offset += randInt(rng, 3, 6)) {
    const [title, cls] = pick(rng, FAMILY);
    if (chance(rng, 0.15) || !allowed(title)) continue;
    nonMusic(`scene-family:${city.name}:${offset}`, title, cls, offset, pick(rng, ["11:00:00", "14:00:00"]), pick(rng, halls), [title]);
  }
}
