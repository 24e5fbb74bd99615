// The scenes' venues: clubs, music halls, theatres, a concert hall, an arena and a stadium in a big city,
// fewer elsewhere; capacities as venue sites list them; most near the centre, some in the suburbs
// (all within SCENE_RADIUS_KM, so a 50 km search finds them).
import { type CityDef, type Locale, offsetPoint } from "../cities";
import { type Rng, pick, randFloat, randInt, round, shuffle } from "../random";
import type { SceneVenue, SceneVenueKind } from "../types";
import { isBigCity, SCENE_RADIUS_KM } from "./city-scene";

interface KindDef {
  kind: SceneVenueKind;
  capacity: readonly [number, number];
  /** Distance from the centre in km: [near, far] for most, and the suburbs' range for some clubs. */
  km: readonly [number, number];
}

const KINDS: Record<SceneVenueKind, KindDef> = {
  club: { kind: "club", capacity: [150, 1200], km: [0.3, 6] },
  "music hall": { kind: "music hall", capacity: [1200, 3500], km: [0.5, 12] },
  theatre: { kind: "theatre", capacity: [1300, 2800], km: [0.2, 4] },
  "concert hall": { kind: "concert hall", capacity: [1700, 2600], km: [0.4, 4] },
  arena: { kind: "arena", capacity: [9000, 20000], km: [3, 16] },
  stadium: { kind: "stadium", capacity: [40000, 75000], km: [4, 14] },
};
/** Share of clubs outside the inner city: 6–15 km, and in the suburbs 15–SCENE_RADIUS_KM km. */
const OUTER_CLUB_SHARE = 0.18;
const SUBURB_CLUB_SHARE = 0.12;

type Templates = Record<SceneVenueKind, readonly string[]>;

const EN: Templates = {
  club: ["The {X}", "{X} Club", "The {X} Room", "{X} Social", "The {X} Bar", "{X} Lounge", "{X} Cellar", "{X} Works"],
  "music hall": ["{X} Ballroom", "{X} Music Hall", "{X} Hall", "The {X} Academy"],
  theatre: ["{X} Theatre", "The {X} Playhouse"],
  "concert hall": ["{X} Concert Hall", "{X} Symphony Hall"],
  arena: ["{X} Arena", "{X} Dome"],
  stadium: ["{X} Stadium", "{X} Park Stadium"],
};

const LOCALES: Record<Locale, { words: readonly string[]; templates?: Partial<Templates> }> = {
  en: {
    words: [
      "Alder", "Bramble", "Cobalt", "Dovecote", "Falcon", "Hawthorne", "Ironworks", "Juniper", "Kestrel", "Larkspur", "Nightingale", "Oakwood",
      "Quarry", "Redwood", "Tannery", "Wharf", "Yardbird", "Marigold", "Lamplight", "Saltmarsh", "Bluebell", "Cinder", "Driftwood", "Ember",
      "Foxglove", "Goldcrest", "Heron", "Ivy", "Jackdaw", "Kiln", "Lodestar", "Magpie", "Nettle", "Osprey", "Pewter", "Rook", "Sorrel", "Thistle",
    ],
  },
  de: {
    words: ["Ahorn", "Birken", "Dock", "Eichen", "Feld", "Garten", "Gleis", "Kanal", "Linden", "Mühlen", "Speicher", "Brunnen", "Stern", "Wiesen", "Berg", "Tor"],
    templates: { club: ["Club {X}", "{X}keller", "{X}bar", "Klub {X}", "{X}werk", "{X}kantine"], "music hall": ["{X}halle", "{X} Saal", "{X} Hall"], theatre: ["{X}theater"], "concert hall": ["Konzerthaus {X}", "{X} Philharmonie"], stadium: ["{X}stadion"] },
  },
  nl: {
    words: ["Anker", "Bloem", "Dijk", "Eiland", "Kolk", "Lelie", "Mast", "Noorder", "Pier", "Toren", "Veer", "Wal", "Zuider", "Vlinder", "Tulp", "Zeil"],
    templates: { club: ["Club {X}", "De {X}", "Café {X}", "{X}kelder", "Het {X}"], "music hall": ["{X}zaal", "{X}hal", "{X} Hall"], theatre: ["{X}theater", "Schouwburg {X}"], "concert hall": ["Muziekgebouw {X}"], stadium: ["{X} Stadion"] },
  },
  fr: {
    words: ["Ardoise", "Cerise", "Colombe", "Faubourg", "Grenier", "Hirondelle", "Jardin", "Lilas", "Moulin", "Orme", "Passage", "Quai", "Saule", "Tilleul", "Velours", "Cigale"],
    templates: { club: ["Le {X}", "La {X}", "Club {X}", "Le Petit {X}", "Cave {X}"], "music hall": ["Salle {X}", "{X} Hall"], theatre: ["Théâtre {X}"], "concert hall": ["Auditorium {X}", "Philharmonie {X}"], stadium: ["Stade {X}"] },
  },
  es: { words: ["Alba", "Brisa", "Ceiba", "Dársena", "Encina", "Granada", "Jazmín", "Laurel", "Mirador", "Olivo", "Palmera", "Romero", "Terraza", "Viento"], templates: { club: ["Sala {X}", "Club {X}", "La {X}", "El {X}"], theatre: ["Teatro {X}"], stadium: ["Estadio {X}"] } },
  pt: { words: ["Areia", "Baía", "Cais", "Figueira", "Gaivota", "Ipê", "Jasmim", "Laranja", "Mangueira", "Oliveira", "Palmeira", "Sereia"], templates: { club: ["Casa {X}", "Clube {X}", "Bar {X}"], theatre: ["Teatro {X}"], stadium: ["Estádio {X}"] } },
  it: { words: ["Arancio", "Borgo", "Cipresso", "Fontana", "Giglio", "Loggia", "Mulino", "Olmo", "Piazza", "Rondine", "Tiglio", "Vigna"], templates: { club: ["Circolo {X}", "Club {X}", "Cantina {X}"], theatre: ["Teatro {X}"], stadium: ["Stadio {X}"] } },
  nordic: { words: ["Björk", "Eik", "Gran", "Hamn", "Kaj", "Lind", "Måne", "Ny", "Sjö", "Strand", "Tall", "Ö"], templates: { club: ["Klubb {X}", "{X}baren", "{X}källaren"], "music hall": ["{X}hallen", "{X} Hall"], theatre: ["{X}teatern"] } },
  ja: { words: ["Aoi", "Hana", "Kaede", "Kawa", "Midori", "Mori", "Nagi", "Niji", "Shiro", "Suzu", "Taiyo", "Tsubasa", "Yuki", "Hotaru"], templates: { club: ["Club {X}", "Live House {X}", "{X} Loft", "{X} Basement", "Shelter {X}"], "music hall": ["{X} Garden Hall", "{X} Hall"], theatre: ["{X} Theater"], stadium: ["{X} Dome"] } },
  ko: { words: ["Areum", "Baram", "Gaeul", "Haneul", "Iseul", "Jandi", "Maru", "Noeul", "Sori", "Yeoreum"], templates: { club: ["Club {X}", "{X} Live", "Studio {X}"] } },
};

/** The venue kinds a city's scene has, in order. */
function composition(city: CityDef): SceneVenueKind[] {
  if (isBigCity(city)) {
    return [...Array<SceneVenueKind>(16).fill("club"), ...Array<SceneVenueKind>(4).fill("music hall"), "theatre", "theatre", "concert hall", "arena", "stadium"];
  }
  const clubs = Math.round(2 + 2.5 * city.weight);
  const out: SceneVenueKind[] = [...Array<SceneVenueKind>(clubs).fill("club"), "music hall", "theatre"];
  if (city.weight >= 1.5) out.push("concert hall");
  if (city.weight >= 2) out.push("arena");
  return out;
}

/** Distance from the centre; `quantile` (0..1) is the club's place among the city's clubs, so the shares hold in every city. */
function distanceKm(rng: Rng, def: KindDef, quantile: number): number {
  if (def.kind === "club") {
    if (quantile < SUBURB_CLUB_SHARE) return randFloat(rng, 15, SCENE_RADIUS_KM);
    if (quantile < SUBURB_CLUB_SHARE + OUTER_CLUB_SHARE) return randFloat(rng, 6, 15);
  }
  return randFloat(rng, def.km[0], def.km[1]);
}

/** Clubs range from 150-capacity rooms to 1,200: most are small. */
function capacity(rng: Rng, def: KindDef): number {
  const [lo, hi] = def.capacity;
  const c = def.kind === "club" ? lo + (hi - lo) * Math.pow(rng(), 1.8) : randInt(rng, lo, hi);
  return Math.round(c / 10) * 10;
}

/** The scenes' venues in every city that has a scene; names unique among themselves and `used` (which it updates). */
export function buildSceneVenues(rng: Rng, cities: readonly CityDef[], used: Set<string>): SceneVenue[] {
  const out: SceneVenue[] = [];
  for (const city of cities) {
    const loc = LOCALES[city.locale];
    const kinds = composition(city);
    const clubs = kinds.filter((k) => k === "club").length;
    kinds.forEach((kind, ordinal) => {
      const def = KINDS[kind];
      const templates = loc.templates?.[kind] ?? EN[kind];
      const words = shuffle(rng, loc.words);
      let name = "";
      for (let k = 0; k < 200 && (name === "" || used.has(name)); k++) name = pick(rng, templates).replace("{X}", words[k % words.length] as string);
      // Names are shared by the cities of a language: when they run out, the city's name tells venues apart.
      for (let n = 2, plain = name; used.has(name); n++) name = n === 2 ? `${plain} ${city.name}` : `${plain} ${city.name} ${n}`;
      used.add(name);
      // Clubs come first in composition(), so their ordinal places them among the city's clubs.
      const [lat, lon] = offsetPoint(city.latitude, city.longitude, distanceKm(rng, def, (ordinal + rng()) / clubs), randFloat(rng, 0, 2 * Math.PI));
      out.push({
        name, city: city.name, region: city.region, country: city.country,
        latitude: round(lat, 4).toFixed(4), longitude: round(lon, 4).toFixed(4),
        kind, capacity: capacity(rng, def),
      });
    });
  }
  return out;
}
