// Names for the scenes' acts: the genres' own naming (names.ts) with a wider vocabulary, never clashing
// with a base artist's name or spelling variant, nor with the names the base catalog's other sources
// make up (local acts, tribute acts), so everything derived from the base catalog stays as it was.
import { type GenreDef, GENRES } from "../genres";
import { LOCAL_A, LOCAL_N } from "../lastfm-similar";
import { artistName } from "../names";
import { foldName, spellingVariant } from "../name-variants";
import type { Rng } from "../random";

type Words = GenreDef["words"];

const MORE_WORDS: Record<string, Partial<Words>> = {
  indie: {
    A: ["Crimson", "Dizzy", "Faraway", "Gentle", "Honest", "Little", "Modern", "Orange", "Secret", "Slow", "Sober", "Velour"],
    N: ["Aquarium", "Bicycle", "Cassette", "Ferris Wheel", "Greenhouse", "Lighthouse", "Monday", "Polaroid", "Rooftop", "Sunroom", "Weekend"],
    P: ["Cowboys", "Dreamers", "Hearts", "Neighbours", "Orchids", "Poets", "Ravens", "Sailors", "Swimmers", "Twins", "Wolves"],
  },
  techno: {
    W: ["Axiom", "Chrom", "Dynamo", "Fluxus", "Gitter", "Impuls", "Kernel", "Lumen", "Matrize", "Nullpunkt", "Phase", "Relais", "Schaltkreis", "Tensor", "Umbra", "Zyklus"],
    F: ["Ada", "Bastian", "Elif", "Fenna", "Jannik", "Lotte", "Nils", "Rosa"],
    L: ["Albers", "Becker", "Jansen", "Kühn", "Novak", "Peeters", "Stern", "Wolff"],
  },
  hiphop: {
    W: ["Ace", "Bandit", "Cipher", "Drift", "Ghost", "Halo", "Kilo", "Legend", "Mystic", "Nova", "Raze", "Saga", "Trae", "Vandal", "Wavy", "Zeke"],
    L: ["Carter", "Diaz", "Ellis", "Fields", "Knox", "Price", "Stone", "Walker"],
    A: ["Quiet", "Young", "Lucky", "Holy"],
  },
  jazz: {
    F: ["Aurelio", "Bea", "Camille", "Desmond", "Etta", "Fela", "Greta", "Hiro", "Isaiah", "Lionel", "Mavis", "Ruben"],
    L: ["Abrams", "Brubaker", "Castillo", "Duval", "Fontana", "Grimaldi", "Hargreaves", "Kimura", "Lindqvist", "Mendes", "Quarles", "Varga"],
    P: ["the Late Set", "the Blue Hour", "the Night Owls"],
    A: ["Amber", "Indigo", "Quiet"],
    N: ["Corner", "Cellar", "Bridge"],
  },
  metal: {
    A: ["Ashen", "Crimson", "Dying", "Hallowed", "Infernal", "Rusted", "Sunken", "Venomous"],
    N: ["Altar", "Blade", "Catacomb", "Gallows", "Glacier", "Pyre", "Ruin", "Spire", "Tyrant", "Void"],
    P: ["Serpents", "Reapers", "Vultures", "Jackals"],
    W: ["Abyssal", "Draugr", "Hexenfeuer", "Malgrim", "Nocturnus", "Sarkath", "Valgrind"],
  },
  classical: {
    F: ["Agnieszka", "Bruno", "Cosima", "Dmitri", "Elena", "Felipe", "Greta", "Henrik", "Isabelle", "Jakob", "Katarzyna", "Lorenzo"],
    L: ["Albrecht", "Benedetti", "Czerny", "Dvořáková", "Esterházy", "Fischer", "Gallo", "Holm", "Ivanova", "Jansen", "Kraus", "Lombardi"],
    W: ["Amadeus", "Borealis", "Caledonia", "Elysium", "Fidelio", "Harmonia", "Lyra", "Serenata", "Tempora", "Vltava"],
  },
  folk: {
    F: ["Ansel", "Briony", "Caoimhe", "Dara", "Ewan", "Fenna", "Gwen", "Hollis", "Ingrid", "Joss", "Kit", "Linnea"],
    L: ["Abernethy", "Blackwood", "Cairn", "Dunmore", "Eldridge", "Fletcher", "Goodall", "Hawthorn", "Ivers", "Kilbride"],
    N: ["Thistle", "Hollow", "Acre", "Bonfire", "Orchard", "Harvest"],
    P: ["Larks", "Foxgloves", "Millers", "Tinkers"],
    A: ["Quiet", "Salt", "Tumbling", "Weathered"],
  },
  latin: {
    F: ["Alejandra", "Bruno", "Catalina", "Emilio", "Fernanda", "Gael", "Isabela", "Joaquín", "Mariana", "Nicolás", "Renata", "Tomás"],
    L: ["Aguilar", "Benítez", "Castro", "Delgado", "Escobar", "Fuentes", "Guerrero", "Herrera", "Medina", "Rosales"],
    W: ["Azúcar", "Bombón", "Caramelo", "Dulce", "Fiesta", "Guayaba", "Maracuyá", "Perla", "Rumba", "Salsero"],
    N: ["Noche", "Playa", "Selva", "Aurora"],
  },
  kpop: {
    W: ["ARIA", "BLOOM", "CRYSTAL", "DAYBREAK", "ETERNA", "GALAXY", "JEWEL", "LUNAR", "MIRAGE", "NEBULA", "OCEANIA", "PULSE", "SOLAR", "TEMPEST", "UNITY", "VELVET"],
    F: ["SORA", "MIN", "JAE", "EUN", "HYUN", "RAE"],
    P: ["Stars", "Dreams", "Wings"],
  },
  ambient: {
    N: ["Ash", "Basin", "Cairn", "Delta", "Ember", "Fjord", "Heath", "Isle", "Marsh", "Reed", "Spire", "Tundra"],
    P: ["Echoes", "Plains", "Waters", "Winds"],
    A: ["Hushed", "Hollow", "Quiet", "Sleeping", "Wide"],
    W: ["Aphelion", "Borealis", "Driftwood", "Halcyon", "Isotherm", "Lacuna", "Nocturne", "Sonar"],
  },
  country: {
    F: ["Ada", "Beau", "Cash", "Dolly", "Emmylou", "Garth", "Hank", "Ivy", "June", "Lainey", "Merle", "Waylon"],
    L: ["Ashford", "Beckett", "Crowder", "Dalton", "Gentry", "Harlow", "Kincaid", "Lockhart", "Maddox", "Sutton"],
    N: ["Canyon", "Prairie", "Junction", "Railroad", "Hollow", "Pines"],
    P: ["Rangers", "Wranglers", "Bandits", "Hillbillies"],
    A: ["Golden", "Muddy", "Rusty", "Wild Horse"],
  },
  dnb: {
    W: ["Amplitude", "Bassline", "Circuit", "Dubwise", "Epoch", "Flux", "Gravity", "Hydra", "Ignition", "Jungle Lion", "Kinetic", "Lockdown", "Momentum", "Nexus", "Overdrive", "Pulsewidth"],
    A: ["Deep", "Heavy", "Dark", "Rapid"],
    N: ["Collective", "Pressure", "Science", "Signal"],
  },
  soul: {
    F: ["Aretha", "Bobby", "Candice", "Darnell", "Etta", "Gladys", "Isaac", "Jamila", "Keziah", "Lorraine", "Maxwell", "Roberta"],
    L: ["Abernathy", "Brooks", "Cooper", "Dawson", "Freeman", "Greene", "Hollis", "Irving", "Mitchell", "Porter"],
    P: ["Vibrations", "Emotions", "Chimes", "Stylistics"],
    A: ["Smooth", "Mellow", "Sugar", "Cosmic"],
    N: ["Soul", "Fever", "Velvet", "Rhythm"],
  },
  punk: {
    A: ["Broke", "Crusty", "Feral", "Lousy", "Nasty", "Rabid", "Sick", "Useless", "Wasted", "Cheap"],
    N: ["Asphalt", "Gasoline", "Razor", "Riot", "Sewer", "Switchblade", "Vermin", "Boredom"],
    P: ["Degenerates", "Flunkies", "Misfits", "Nobodies", "Rascals", "Slackers", "Thugs", "Weirdos"],
  },
};

/** The genre with its scene vocabulary added (same templates, more words). */
function sceneGenre(g: GenreDef): GenreDef {
  const more = MORE_WORDS[g.key] ?? {};
  const merge = (k: keyof Words) => (g.words[k].length === 0 ? [] : [...new Set([...g.words[k], ...(more[k] ?? [])])]);
  return { ...g, words: { A: merge("A"), N: merge("N"), P: merge("P"), F: merge("F"), L: merge("L"), W: merge("W") } };
}

const SCENE_GENRES = new Map(GENRES.map((g) => [g.key, sceneGenre(g)]));

/** Names the scenes' acts never take. */
export function reservedNames(baseNames: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of baseNames) {
    out.add(foldName(n));
    const v = spellingVariant(n);
    if (v) out.add(foldName(v));
  }
  for (const a of LOCAL_A) for (const n of LOCAL_N) out.add(foldName(`The ${a} ${n}`));
  return out;
}

/** A new act name for the genre, never folding to one in `reserved` (which it updates, with its spelling variant). */
export function sceneActName(rng: Rng, genreKey: string, reserved: Set<string>): string {
  const genre = SCENE_GENRES.get(genreKey) as GenreDef;
  for (let attempt = 0; attempt < 5000; attempt++) {
    // artistName only checks lower case; the fold (accents dropped) is checked here.
    const name = artistName(rng, genre, new Set());
    const folded = foldName(name);
    if (reserved.has(folded) || /tribute|experience/i.test(name)) continue;
    const variant = spellingVariant(name);
    const foldedVariant = variant === null ? null : foldName(variant);
    if (foldedVariant !== null && reserved.has(foldedVariant)) continue;
    reserved.add(folded);
    if (foldedVariant !== null) reserved.add(foldedVariant);
    return name;
  }
  throw new Error(`no name left for another ${genreKey} act`);
}
