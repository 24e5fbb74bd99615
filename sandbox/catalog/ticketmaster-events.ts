// Ticketmaster's view of the demo catalog (upcoming events only, as in the Discovery API). The base
// catalog's listing, computed from the base catalog alone (the city scenes change none of it):
// - every festival day, every show in the demo cities over the next 90 days, and a hash-chosen ~70%
//   of the other upcoming Bandsintown shows, at the same venue (same coordinates) and the same
//   venue-local date and time, under Ticketmaster ids;
// - Ticketmaster-only music events: tribute acts near the real artists ("A Tribute to <Name>",
//   "<Name> Tribute Band", "The <Name> Experience"), including some in every demo city for each
//   persona's top artists, and local acts that are not on Spotify;
// - one sports and one theatre event in each bigger city (40+ upcoming shows) (found only without classificationName=music).
// Attractions of catalog artists use the Last.fm/Ticketmaster spelling (name-variants.ts); ~60% of
// those artists carry their Spotify link. The extras come from their own PRNG stream, so nothing
// else in the catalog changes. Then the city scenes' listing (ticketmaster-scenes.ts).
import { CITIES, type CityDef, DEMO_CITIES, offsetPoint } from "./cities";
import { addDays, daysBetween, zonedToUtc } from "./dates";
import { localActName } from "./lastfm-similar";
import { externalName } from "./name-variants";
import { chance, hashFraction, pick, randInt, round, subRng } from "./random";
import { type Builder, type TicketmasterEvent, add, attractionOf, otherAttraction, tributeName, venueOf } from "./ticketmaster-builder";
import { MUSIC_GENRE_KEYS, musicClassification, otherClassification } from "./ticketmaster-classifications";
import { isSceneEvent, listSceneCity } from "./ticketmaster-scenes";
import { sceneWeight, TOURING_LISTED_SHARE } from "./scenes/city-scene";
import type { Catalog, CatalogArtist, CatalogEvent, CatalogVenue } from "./types";

export { SPOTIFY_LINK_SHARE, type TicketmasterEvent } from "./ticketmaster-builder";

export const TICKETMASTER_SHARE = 0.7;
/** Share listed in the demo cities over the next 90 days: all, so a Ticketmaster-only demo has plenty to show. */
export const TICKETMASTER_DEMO_SHARE = 1;

const EVENING = ["19:00:00", "19:30:00", "20:00:00", "20:30:00", "21:00:00"];
const SHOWS = ["Lanterns: The Musical", "The Lighthouse Keeper", "A Midsummer Night's Dream", "Swan Lake", "The Clockmaker's Daughter", "Hamlet"];

function listCatalogEvent(b: Builder, e: CatalogEvent): void {
  const artists = e.artistIds.map((id) => b.artistsById.get(id)).filter((a): a is CatalogArtist => !!a);
  const head = artists[0];
  if (!head) return;
  const venue = venueOf(b, e.venue);
  const localDate = e.datetime.slice(0, 10);
  const name = e.festival
    ? `${e.title} - Day ${daysBetween(e.festival.startDate, localDate) + 1}`
    : `${externalName(b.catalog, head)}${e.title ? `: ${e.title}` : ""}`;
  add(b, e.id, {
    name,
    kind: "catalog",
    sourceEventId: e.id,
    tributeOf: null,
    ...musicClassification(head.genre),
    localDate,
    localTime: e.datetime.slice(11),
    ...(e.offers[0]?.status === "sold out" ? { status: "offsale" as const } : {}),
    onSaleDateTime: e.onSaleDatetime ? zonedToUtc(e.onSaleDatetime, venue.timezone) : null,
    venue,
    attractions: artists.map((a) => attractionOf(b, a)),
  });
}

function addTribute(b: Builder, artist: CatalogArtist, city: string, offset: number): void {
  const venues = b.venuesByCity.get(city);
  if (!venues?.length) return;
  const name = tributeName(b.rng, artist);
  add(b, `tribute:${artist.id}:${city}:${offset}`, {
    name,
    kind: "tribute",
    sourceEventId: null,
    tributeOf: artist.id,
    ...musicClassification(artist.genre),
    localDate: addDays(b.catalog.today, offset),
    localTime: pick(b.rng, EVENING),
    venue: venueOf(b, pick(b.rng, venues)),
    attractions: [otherAttraction(name, artist.genre)],
  });
}

/** The chance that Ticketmaster lists an upcoming, non-festival catalog event. */
export function listedShare(catalog: Catalog, e: CatalogEvent): number {
  if (isSceneEvent(catalog, e)) return TOURING_LISTED_SHARE;
  const demo = (DEMO_CITIES as readonly string[]).includes(e.venue.city) && daysBetween(catalog.today, e.datetime.slice(0, 10)) <= 90;
  return demo ? TICKETMASTER_DEMO_SHARE : TICKETMASTER_SHARE;
}

interface Parts {
  base: TicketmasterEvent[];
  cities: Map<string, TicketmasterEvent[]>;
  all?: TicketmasterEvent[];
  artistsById: Map<string, CatalogArtist>;
  venues: Builder["venues"];
}
const cache = new WeakMap<Catalog, Parts>();

// ISO date-times of one format order like their strings.
const byDateTime = (x: TicketmasterEvent, y: TicketmasterEvent) =>
  x.dateTime < y.dateTime ? -1 : x.dateTime > y.dateTime ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

function parts(catalog: Catalog): Parts {
  let p = cache.get(catalog);
  if (!p) {
    const b = listBase(baseCatalog(catalog));
    p = { base: b.out.sort(byDateTime), cities: new Map(), artistsById: new Map(catalog.artists.map((a) => [a.id, a])), venues: b.venues };
    cache.set(catalog, p);
  }
  return p;
}

/** A city scene's listing, sorted by dateTime then id (built on first use). */
function cityPart(catalog: Catalog, p: Parts, city: CityDef): TicketmasterEvent[] {
  let part = p.cities.get(city.name);
  if (!part) {
    const b: Builder = {
      catalog, rng: subRng(catalog.seed, "ticketmaster-scenes"), artistsById: p.artistsById, cityByName: new Map(catalog.cities.map((c) => [c.name, c])),
      venuesByCity: new Map(), eventIds: new Set(), venues: p.venues, out: [],
    };
    listSceneCity(b, city);
    p.cities.set(city.name, (part = b.out.sort(byDateTime)));
  }
  return part;
}

/**
 * The listing in parts, each sorted by dateTime then id: the base catalog's, and one per city scene that
 * `wanted` accepts (all without it). A city's part is built when first asked for, so a search near one
 * city pays for that city only.
 */
export function ticketmasterListingParts(catalog: Catalog, wanted?: (city: CityDef) => boolean): TicketmasterEvent[][] {
  const p = parts(catalog);
  const sceneCities = catalog.scenes.acts.length === 0 ? [] : CITIES.filter((c) => sceneWeight(c) > 0 && (!wanted || wanted(c)));
  return [p.base, ...sceneCities.map((c) => cityPart(catalog, p, c))];
}

/** The whole Ticketmaster listing for a catalog, sorted by dateTime then id (memoized per catalog). */
export function ticketmasterListing(catalog: Catalog): TicketmasterEvent[] {
  const p = parts(catalog);
  return (p.all ??= ticketmasterListingParts(catalog).flat().sort(byDateTime));
}

/** The catalog without its city scenes: the base listing is computed from exactly what it always was. */
function baseCatalog(catalog: Catalog): Catalog {
  if (catalog.scenes.acts.length === 0) return catalog;
  const sceneIds = new Set(catalog.scenes.acts.map((a) => a.artistId));
  return {
    ...catalog,
    artists: catalog.artists.filter((a) => !sceneIds.has(a.id)),
    events: catalog.events.filter((e) => !sceneIds.has(e.artistIds[0] ?? "")),
  };
}

function listBase(catalog: Catalog): Builder {
  const byId = new Map(catalog.artists.map((a) => [a.id, a]));
  const b: Builder = {
    catalog,
    rng: subRng(catalog.seed, "ticketmaster"),
    artistsById: byId,
    cityByName: new Map(catalog.cities.map((c) => [c.name, c])),
    venuesByCity: new Map(),
    eventIds: new Set(),
    venues: new Map(),
    out: [],
  };
  for (const e of catalog.events) {
    if (e.festival) continue;
    const list = b.venuesByCity.get(e.venue.city) ?? [];
    if (!list.some((v) => v.name === e.venue.name)) list.push(e.venue);
    b.venuesByCity.set(e.venue.city, list);
  }
  for (const list of b.venuesByCity.values()) list.sort((x, y) => x.name.localeCompare(y.name));

  const upcoming = catalog.events.filter((e) => e.datetime.slice(0, 10) >= catalog.today);
  for (const e of upcoming) if (e.festival || hashFraction(`tm-list:${catalog.seed}:${e.id}`) < listedShare(catalog, e)) listCatalogEvent(b, e);

  // Tribute acts: ~8% of touring artists get one in the city of their next show, a few days later.
  const nextShow = new Map<string, CatalogEvent>();
  for (const e of upcoming) for (const id of e.artistIds) if (!nextShow.has(id)) nextShow.set(id, e);
  for (const a of catalog.artists) {
    const next = nextShow.get(a.id);
    if (!next || !chance(b.rng, 0.08)) continue;
    addTribute(b, a, next.venue.city, Math.min(365, daysBetween(catalog.today, next.datetime.slice(0, 10)) + randInt(b.rng, 3, 30)));
  }
  // ... and in every demo city, within 90 days, for each persona's top artists (traps for name matching).
  for (const l of catalog.listeners.filter((x) => x.id.startsWith("demo-"))) {
    DEMO_CITIES.forEach((city, k) => {
      const artist = byId.get(l.topArtistIds.medium_term[k % l.topArtistIds.medium_term.length] ?? "");
      if (artist) addTribute(b, artist, city, randInt(b.rng, 1, 85));
    });
  }

  // Local acts that are not on Spotify: about one for every 20 upcoming shows in a city.
  const used = new Set<string>();
  const showsIn = new Map<string, number>();
  for (const e of upcoming) showsIn.set(e.venue.city, (showsIn.get(e.venue.city) ?? 0) + 1);
  for (const [city, venues] of b.venuesByCity) {
    for (let n = 0; n < Math.max(1, Math.round((showsIn.get(city) ?? 0) / 20)); n++) {
      const name = localActName(catalog, `tm-local:${catalog.seed}:${city}:${n}`, used);
      used.add(name);
      add(b, `local:${city}:${n}`, {
        name,
        kind: "local",
        sourceEventId: null,
        tributeOf: null,
        ...musicClassification(pick(b.rng, MUSIC_GENRE_KEYS)),
        localDate: addDays(catalog.today, randInt(b.rng, 0, 365)),
        localTime: pick(b.rng, EVENING),
        venue: venueOf(b, pick(b.rng, venues)),
        attractions: [otherAttraction(name)],
      });
    }
  }

  // One sports and one theatre event in each city with at least 40 upcoming shows.
  for (const [city, venues] of b.venuesByCity) {
    if ((showsIn.get(city) ?? 0) < 40) continue;
    const c = b.cityByName.get(city);
    if (!c) continue;
    const us = c.countryCode === "US" || c.countryCode === "CA";
    const [lat, lon] = offsetPoint(c.latitude, c.longitude, 4, hashFraction(`tm-stadium:${city}`) * 2 * Math.PI);
    const stadium: CatalogVenue = { name: `${city} Stadium`, city, region: c.region, country: c.country, latitude: round(lat, 4).toFixed(4), longitude: round(lon, 4).toFixed(4) };
    const rival = pick(b.rng, catalog.cities.filter((x) => x.countryCode === c.countryCode && x.name !== city).map((x) => x.name).concat("Harbourside"));
    const name = us ? `${city} Comets vs. ${rival} Rangers` : `FC ${city} vs. ${rival} United`;
    add(b, `sports:${city}`, {
      name,
      kind: "non-music",
      sourceEventId: null,
      tributeOf: null,
      ...(us ? otherClassification("Sports", "Basketball", "NBA") : otherClassification("Sports", "Soccer", "Soccer")),
      localDate: addDays(catalog.today, randInt(b.rng, 1, 120)),
      localTime: pick(b.rng, ["15:00:00", "18:30:00", "20:00:00"]),
      venue: venueOf(b, stadium),
      attractions: name.split(" vs. ").map((team) => otherAttraction(team)),
    });
    const show = pick(b.rng, SHOWS);
    add(b, `theatre:${city}`, {
      name: show,
      kind: "non-music",
      sourceEventId: null,
      tributeOf: null,
      ...otherClassification("Arts & Theatre", "Theatre", "Drama"),
      localDate: addDays(catalog.today, randInt(b.rng, 1, 120)),
      localTime: "19:30:00",
      venue: venueOf(b, pick(b.rng, venues)),
      attractions: [otherAttraction(show)],
    });
  }

  return b;
}
