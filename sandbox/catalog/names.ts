// Artist, album and track names. Generated names come from per-genre word lists;
// a fixed set of "awkward" names (slashes, ?, *, quotes, !!!, accents, non-Latin
// scripts, &, +, %, #, apostrophes) exercises URL-encoding and display end to end.

import type { GenreDef } from "./genres";
import { type Rng, chance, pick } from "./random";

export interface SpecialName {
  name: string;
  genre: string;
}

/** Hand-picked names that break naive URL building, matching or rendering. */
export const SPECIAL_NAMES: readonly SpecialName[] = [
  { name: "!!!", genre: "indie" },
  { name: "The \"Quoted\" Band", genre: "indie" },
  { name: "AM/FM Youth", genre: "indie" },
  { name: "さくらノイズ", genre: "indie" },
  { name: "Белые Ночи", genre: "indie" },
  { name: "Ohm/Volt", genre: "techno" },
  { name: "夜行列車", genre: "techno" },
  { name: "Stromwerk & Söhne", genre: "techno" },
  { name: "Why? Not", genre: "hiphop" },
  { name: "100% Real", genre: "hiphop" },
  { name: "Dre + Dax", genre: "hiphop" },
  { name: "Renée Lefèvre", genre: "jazz" },
  { name: "Café Tacuarí", genre: "jazz" },
  { name: "Quartet #9", genre: "jazz" },
  { name: "Ödland Kült", genre: "metal" },
  { name: "Кровь и Сталь", genre: "metal" },
  { name: "Wrath?!", genre: "metal" },
  { name: "Αστέρια", genre: "classical" },
  { name: "Zoë Amélie", genre: "folk" },
  { name: "نجوم الليل", genre: "folk" },
  { name: "Niño Fénix", genre: "latin" },
  { name: "Ana \"La Voz\" Duarte", genre: "latin" },
  { name: "별빛소년", genre: "kpop" },
  { name: "K*Bloom", genre: "kpop" },
  { name: "Star*Field", genre: "ambient" },
  { name: "Sólveig Rún", genre: "ambient" },
  { name: "Rock 'n' Rye", genre: "country" },
  { name: "Left/Right", genre: "dnb" },
  { name: "Wow!!! Wow", genre: "soul" },
  { name: "Who? Cares", genre: "punk" },
];

function fill(rng: Rng, template: string, genre: GenreDef): string | null {
  let missing = false;
  const out = template.replace(/\{([ANPFLWan])\}/g, (_m, slot: string) => {
    const key = slot.toUpperCase() as "A" | "N" | "P" | "F" | "L" | "W";
    const list = genre.words[key];
    if (list.length === 0) {
      missing = true;
      return "";
    }
    const w = pick(rng, list);
    return slot === slot.toLowerCase() ? w.toLowerCase() : w;
  });
  return missing ? null : out;
}

/** A new artist name for the genre, unique case-insensitively against `taken` (which it updates). */
export function artistName(rng: Rng, genre: GenreDef, taken: Set<string>): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const name = fill(rng, pick(rng, genre.nameTemplates), genre);
    if (!name) continue;
    // Avoid silly repeats like "Harbour Harbour".
    const parts = name.toLowerCase().split(" ");
    if (new Set(parts).size !== parts.length) continue;
    const key = name.toLowerCase();
    if (taken.has(key)) continue;
    taken.add(key);
    return name;
  }
  throw new Error(`could not name another ${genre.key} artist`);
}

const TRACK_A = ["Silver", "Midnight", "Broken", "Golden", "Last", "Slow", "Electric", "Quiet", "Lonely", "Endless", "Burning", "Paper", "Summer", "Winter", "Hidden", "Blue", "Crimson", "Velvet", "Distant", "Restless", "Northern", "Sacred", "Hollow", "Tender", "Wild", "Neon", "Faded", "Bitter", "Sweet", "Secret", "Frozen", "Final"];
const TRACK_N = ["Lights", "Heart", "River", "Morning", "Signal", "Dreams", "Highway", "Ghost", "Mirror", "Fever", "Echo", "Horizon", "Letters", "Shadows", "Waves", "Gravity", "Pulse", "Tides", "Avenue", "Harbour", "Stranger", "Satellite", "Thunder", "Garden", "Window", "Static", "Ocean", "Machine", "Lullaby", "Skyline", "Wildfire", "Cathedral", "Paradise", "Silence", "Motel", "Compass", "Daylight", "Rain", "Orbit", "Ember"];
const TRACK_PATTERNS = ["{A} {N}", "{N}", "The {A} {N}", "{N} of {N}", "{A} {N} (Interlude)", "{N} Again", "{N} (Live)", "{A} {N}, Pt. 2", "Ça va? ({N})", "{N} / {N}", "{N} & {N}", "¿{N}?"];

const COMMON_TRACK_PATTERNS = TRACK_PATTERNS.slice(0, 8);
const ODD_TRACK_PATTERNS = TRACK_PATTERNS.slice(8);

export function trackName(rng: Rng): string {
  const p = chance(rng, 0.08) ? pick(rng, ODD_TRACK_PATTERNS) : pick(rng, COMMON_TRACK_PATTERNS);
  return p.replace(/\{A\}/g, () => pick(rng, TRACK_A)).replace(/\{N\}/g, () => pick(rng, TRACK_N));
}

const ALBUM_PATTERNS = ["{A} {N}", "{N}", "Songs for {N}", "{A} Days", "{N} EP", "Live at the {N}", "{N} Vol. II"];

export function albumName(rng: Rng): string {
  return pick(rng, ALBUM_PATTERNS)
    .replace(/\{A\}/g, () => pick(rng, TRACK_A))
    .replace(/\{N\}/g, () => pick(rng, TRACK_N));
}

const PEOPLE_FIRST = ["Mara", "Jules", "Sanne", "Kofi", "Lea", "Ravi", "Noor", "Tomás", "Yuki", "Ines", "Bas", "Priya", "Olu", "Elif", "Finn", "Ana", "Mika", "Sofía", "Jonas", "Hye-jin", "Lars", "Zara", "Dmitri", "Chloé", "Pedro"];
const PEOPLE_LAST = ["de Vries", "Okafor", "Schmidt", "Tanaka", "Novak", "Silva", "Kowalski", "Dubois", "Rossi", "Kim", "Jensen", "García", "Murphy", "Nguyen", "Haddad", "Berg"];

export function personName(rng: Rng): string {
  return `${pick(rng, PEOPLE_FIRST)} ${pick(rng, PEOPLE_LAST)}`;
}
