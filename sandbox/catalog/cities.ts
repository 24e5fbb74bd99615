// Real cities with real centre coordinates, written the way Bandsintown writes them
// (country names in English, region codes where Bandsintown uses them, else ""),
// plus the ISO country code and IANA time zone Ticketmaster needs.
// Venues are generated deterministically a few km around each centre.

import type { CatalogCity, CatalogVenue } from "./types";
import { type Rng, pick, randFloat, randInt, round, shuffle } from "./random";

export type Locale = "en" | "de" | "nl" | "es" | "pt" | "fr" | "it" | "nordic" | "ja" | "ko";

export interface CityDef extends CatalogCity {
  locale: Locale;
  /** Relative share of ordinary shows. 0 = never any events. */
  weight: number;
}

function c(
  name: string, region: string, country: string, latitude: number, longitude: number, locale: Locale, weight: number,
  countryCode: string, timezone: string,
): CityDef {
  return { name, region, country, countryCode, latitude, longitude, timezone, locale, weight };
}

export const CITIES: readonly CityDef[] = [
  c("Amsterdam", "", "Netherlands", 52.3676, 4.9041, "nl", 4, "NL", "Europe/Amsterdam"),
  c("Utrecht", "", "Netherlands", 52.0907, 5.1214, "nl", 1.5, "NL", "Europe/Amsterdam"),
  c("Rotterdam", "", "Netherlands", 51.9244, 4.4777, "nl", 1.5, "NL", "Europe/Amsterdam"),
  c("Berlin", "BE", "Germany", 52.52, 13.405, "de", 4, "DE", "Europe/Berlin"),
  c("Hamburg", "HH", "Germany", 53.5511, 9.9937, "de", 2, "DE", "Europe/Berlin"),
  c("Munich", "BY", "Germany", 48.1351, 11.582, "de", 2, "DE", "Europe/Berlin"),
  c("Cologne", "NW", "Germany", 50.9375, 6.9603, "de", 1.5, "DE", "Europe/Berlin"),
  c("London", "", "United Kingdom", 51.5074, -0.1278, "en", 4, "GB", "Europe/London"),
  c("Manchester", "", "United Kingdom", 53.4808, -2.2426, "en", 2, "GB", "Europe/London"),
  c("Glasgow", "", "United Kingdom", 55.8642, -4.2518, "en", 1.5, "GB", "Europe/London"),
  c("Bristol", "", "United Kingdom", 51.4545, -2.5879, "en", 1, "GB", "Europe/London"),
  c("Dublin", "", "Ireland", 53.3498, -6.2603, "en", 1.5, "IE", "Europe/Dublin"),
  c("Paris", "", "France", 48.8566, 2.3522, "fr", 3, "FR", "Europe/Paris"),
  c("Brussels", "", "Belgium", 50.8503, 4.3517, "fr", 1.5, "BE", "Europe/Brussels"),
  c("Madrid", "", "Spain", 40.4168, -3.7038, "es", 2, "ES", "Europe/Madrid"),
  c("Barcelona", "", "Spain", 41.3874, 2.1686, "es", 2, "ES", "Europe/Madrid"),
  c("Lisbon", "", "Portugal", 38.7223, -9.1393, "pt", 1.5, "PT", "Europe/Lisbon"),
  c("Stockholm", "", "Sweden", 59.3293, 18.0686, "nordic", 1.5, "SE", "Europe/Stockholm"),
  c("Oslo", "", "Norway", 59.9139, 10.7522, "nordic", 1.2, "NO", "Europe/Oslo"),
  c("Copenhagen", "", "Denmark", 55.6761, 12.5683, "nordic", 1.5, "DK", "Europe/Copenhagen"),
  c("Helsinki", "", "Finland", 60.1699, 24.9384, "nordic", 1, "FI", "Europe/Helsinki"),
  c("Reykjavík", "", "Iceland", 64.1466, -21.9426, "nordic", 0.03, "IS", "Atlantic/Reykjavik"),
  c("Tromsø", "", "Norway", 69.6492, 18.9553, "nordic", 0, "NO", "Europe/Oslo"),
  c("Nuuk", "", "Greenland", 64.1814, -51.6941, "nordic", 0, "GL", "America/Nuuk"),
  c("Vienna", "", "Austria", 48.2082, 16.3738, "de", 2, "AT", "Europe/Vienna"),
  c("Zürich", "ZH", "Switzerland", 47.3769, 8.5417, "de", 1.2, "CH", "Europe/Zurich"),
  c("Prague", "", "Czech Republic", 50.0755, 14.4378, "en", 1.5, "CZ", "Europe/Prague"),
  c("Warsaw", "", "Poland", 52.2297, 21.0122, "en", 1.5, "PL", "Europe/Warsaw"),
  c("Budapest", "", "Hungary", 47.4979, 19.0402, "en", 1.2, "HU", "Europe/Budapest"),
  c("Rome", "", "Italy", 41.9028, 12.4964, "it", 1.5, "IT", "Europe/Rome"),
  c("Milan", "", "Italy", 45.4642, 9.19, "it", 1.5, "IT", "Europe/Rome"),
  c("Istanbul", "", "Turkey", 41.0082, 28.9784, "en", 1, "TR", "Europe/Istanbul"),
  c("New York", "NY", "United States", 40.7128, -74.006, "en", 4, "US", "America/New_York"),
  c("Los Angeles", "CA", "United States", 34.0522, -118.2437, "en", 3, "US", "America/Los_Angeles"),
  c("Chicago", "IL", "United States", 41.8781, -87.6298, "en", 2.5, "US", "America/Chicago"),
  c("Austin", "TX", "United States", 30.2672, -97.7431, "en", 1.5, "US", "America/Chicago"),
  c("Nashville", "TN", "United States", 36.1627, -86.7816, "en", 1.2, "US", "America/Chicago"),
  c("New Orleans", "LA", "United States", 29.9511, -90.0715, "en", 1.2, "US", "America/Chicago"),
  c("Seattle", "WA", "United States", 47.6062, -122.3321, "en", 1.5, "US", "America/Los_Angeles"),
  c("San Francisco", "CA", "United States", 37.7749, -122.4194, "en", 2, "US", "America/Los_Angeles"),
  c("Atlanta", "GA", "United States", 33.749, -84.388, "en", 1.5, "US", "America/New_York"),
  c("Miami", "FL", "United States", 25.7617, -80.1918, "en", 1.2, "US", "America/New_York"),
  c("Toronto", "ON", "Canada", 43.6532, -79.3832, "en", 2, "CA", "America/Toronto"),
  c("Montreal", "QC", "Canada", 45.5017, -73.5673, "fr", 1.5, "CA", "America/Toronto"),
  c("Mexico City", "", "Mexico", 19.4326, -99.1332, "es", 2, "MX", "America/Mexico_City"),
  c("São Paulo", "SP", "Brazil", -23.5505, -46.6333, "pt", 2, "BR", "America/Sao_Paulo"),
  c("Buenos Aires", "", "Argentina", -34.6037, -58.3816, "es", 1.5, "AR", "America/Argentina/Buenos_Aires"),
  c("Tokyo", "", "Japan", 35.6762, 139.6503, "ja", 3, "JP", "Asia/Tokyo"),
  c("Osaka", "", "Japan", 34.6937, 135.5023, "ja", 1.5, "JP", "Asia/Tokyo"),
  c("Seoul", "", "South Korea", 37.5665, 126.978, "ko", 2.5, "KR", "Asia/Seoul"),
  c("Sydney", "NSW", "Australia", -33.8688, 151.2093, "en", 2, "AU", "Australia/Sydney"),
  c("Melbourne", "VIC", "Australia", -37.8136, 144.9631, "en", 2, "AU", "Australia/Melbourne"),
  c("Cape Town", "", "South Africa", -33.9249, 18.4241, "en", 1, "ZA", "Africa/Johannesburg"),
];

/** The cities every curated persona must always find plenty of upcoming shows in. */
export const DEMO_CITIES = ["Amsterdam", "Berlin", "London", "New York"] as const;

/**
 * The big demo cities: each has a full city scene (scenes/), several hundred music events in any
 * 60 days within 50 km, as a real big city has. The other cities have thinner scenes.
 */
export const BIG_DEMO_CITIES = ["Amsterdam", "Berlin", "London", "New York", "Paris", "Los Angeles", "Tokyo", "Chicago"] as const;

const VENUE_TEMPLATES: Record<Locale, { templates: string[]; words: string[] }> = {
  en: {
    templates: ["The {X} Room", "{X} Hall", "{X} Ballroom", "The {X}", "{X} Theatre", "{X} Social Club", "{X} Warehouse", "{X} Music Hall", "The {X} Tavern", "{X} Arena", "{X} Lounge"],
    words: ["Lantern", "Foundry", "Copperline", "Empress", "Kingfisher", "Starling", "Harbourside", "Northgate", "Riverside", "Mercury", "Gaslight", "Blackbird", "Union", "Orchid", "Granary", "Beacon", "Paragon", "Meridian"],
  },
  de: {
    templates: ["{X}halle", "Club {X}", "{X}werk", "Kulturhaus {X}", "{X}bühne", "Kesselhaus {X}", "{X}kantine"],
    words: ["Spree", "Nord", "Licht", "Kraft", "Hafen", "Kiez", "Eisen", "Funk", "Ost", "Wald", "Ufer", "Turm"],
  },
  nl: {
    templates: ["De {X}", "{X}zaal", "Club {X}", "Het {X}huis", "{X}fabriek", "Podium {X}"],
    words: ["Kade", "Molen", "Gracht", "Werf", "Duin", "Polder", "Vonk", "Sluis", "Brug", "Haven"],
  },
  es: {
    templates: ["Sala {X}", "Teatro {X}", "Club {X}", "La {X}", "Foro {X}", "Espacio {X}"],
    words: ["Luna", "Sol", "Cielo", "Fénix", "Candela", "Faro", "Alameda", "Marea", "Aurora", "Océano"],
  },
  pt: {
    templates: ["Casa {X}", "Teatro {X}", "Espaço {X}", "Clube {X}", "Sala {X}"],
    words: ["Maré", "Farol", "Aurora", "Tejo", "Jardim", "Estrela", "Lua", "Vento"],
  },
  fr: {
    templates: ["Le {X}", "La {X}", "Salle {X}", "Théâtre {X}", "Club {X}"],
    words: ["Lumière", "Canal", "Étoile", "Bastide", "Rivière", "Lanterne", "Comète", "Fabrique", "Boussole"],
  },
  it: {
    templates: ["Teatro {X}", "Circolo {X}", "Sala {X}", "Club {X}", "Magazzini {X}"],
    words: ["Aurora", "Navigli", "Stella", "Luce", "Mercato", "Vespa", "Duomo", "Faro"],
  },
  nordic: {
    templates: ["{X}scenen", "Klubb {X}", "{X}huset", "{X} Hall", "Kulturhuset {X}"],
    words: ["Nord", "Fjord", "Hav", "Lys", "Storm", "Sol", "Vind", "Skog", "Is", "Bro"],
  },
  ja: {
    templates: ["Club {X}", "{X} Hall", "Live House {X}", "{X} Studio Coast", "{X} Loft"],
    words: ["Sakura", "Tsuki", "Hikari", "Kaze", "Hoshi", "Yoru", "Umi", "Sora"],
  },
  ko: {
    templates: ["{X} Hall", "Club {X}", "{X} Live", "{X} Arena", "Studio {X}"],
    words: ["Hanul", "Byeol", "Baram", "Dal", "Nabi", "Bom", "Gaon", "Saebyeok"],
  },
};

const KM_PER_DEG_LAT = 111.32;

/** A point `km` kilometres from (lat, lon) in direction `bearing` (radians), flat-earth approx. */
export function offsetPoint(lat: number, lon: number, km: number, bearing: number): [number, number] {
  const dLat = (km * Math.cos(bearing)) / KM_PER_DEG_LAT;
  const dLon = (km * Math.sin(bearing)) / (KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180));
  return [lat + dLat, lon + dLon];
}

export interface CityVenues {
  city: CityDef;
  venues: CatalogVenue[];
  /** An open-air site for festivals. */
  festivalSite: CatalogVenue;
}

function venueAt(rng: Rng, city: CityDef, name: string, minKm: number, maxKm: number): CatalogVenue {
  const [lat, lon] = offsetPoint(city.latitude, city.longitude, randFloat(rng, minKm, maxKm), randFloat(rng, 0, 2 * Math.PI));
  return {
    name,
    city: city.name,
    region: city.region,
    country: city.country,
    latitude: round(lat, 4).toFixed(4),
    longitude: round(lon, 4).toFixed(4),
  };
}

/** 3–6 venues per city (names unique across the catalog) plus a festival site. */
export function buildVenues(rng: Rng): CityVenues[] {
  const used = new Set<string>();
  return CITIES.map((city) => {
    const { templates, words } = VENUE_TEMPLATES[city.locale];
    const count = randInt(rng, 3, 6);
    const venues: CatalogVenue[] = [];
    const combos = shuffle(
      rng,
      templates.flatMap((t) => words.map((w) => t.replace("{X}", w))),
    );
    for (const name of combos) {
      if (venues.length >= count) break;
      if (used.has(name)) continue;
      used.add(name);
      venues.push(venueAt(rng, city, name, 0.4, 5));
    }
    const parks = ["Park", "Fields", "Meadows", "Grounds"];
    const festivalSite = venueAt(rng, city, `${city.name} ${pick(rng, parks)}`, 3, 8);
    return { city, venues, festivalSite };
  });
}
