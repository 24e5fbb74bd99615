// Genre definitions: audio-feature profiles (shaped like real genres), Spotify genre
// strings, neighbouring genres (for the related-artists graph) and naming vocabulary.

/** [mean, standard deviation] of a feature within a genre. */
export type Dist = readonly [number, number];

export interface GenreProfile {
  danceability: Dist;
  energy: Dist;
  loudness: Dist; // dB
  speechiness: Dist;
  acousticness: Dist;
  instrumentalness: Dist;
  liveness: Dist;
  valence: Dist;
  tempo: Dist; // BPM
  durationSec: Dist;
  /** Probability that a track is in a major key. */
  major: number;
  /** Weights for time signatures 3, 4, 5, 6, 7. */
  timeSignatures: readonly [number, number, number, number, number];
}

export interface GenreDef {
  key: string;
  label: string;
  spotifyGenres: readonly string[];
  neighbours: readonly string[];
  profile: GenreProfile;
  /** Name templates; {A} adjective, {N} noun, {P} plural noun, {F} first name, {L} last name, {W} word. */
  nameTemplates: readonly string[];
  words: {
    A: readonly string[];
    N: readonly string[];
    P: readonly string[];
    F: readonly string[];
    L: readonly string[];
    W: readonly string[];
  };
  /** Cities (by name) where this genre tours more often. */
  hotCities: readonly string[];
}

const EN_FIRST = ["Maya", "Theo", "Ruby", "Felix", "Nora", "Jonah", "Iris", "Caleb", "Hazel", "Miles", "June", "Owen", "Stella", "Arlo", "Lena", "Silas", "Cleo", "Jasper", "Ada", "Rosa", "Eli", "Frankie", "Wren", "Dexter"];
const EN_LAST = ["Hart", "Calloway", "Finch", "Mercer", "Lindqvist", "Okafor", "Reyes", "Whitlock", "Bramley", "Sato", "Novak", "Delacroix", "Ashby", "Holloway", "Greer", "Vance", "Marlow", "Quinn", "Sterling", "Abernathy", "Pryce", "Keane", "Doyle", "Fontaine"];

export const GENRES: readonly GenreDef[] = [
  {
    key: "indie",
    label: "indie rock",
    spotifyGenres: ["indie rock", "modern rock", "indie pop", "garage rock", "dream pop", "post-punk revival"],
    neighbours: ["punk", "folk", "soul"],
    profile: {
      danceability: [0.5, 0.1], energy: [0.68, 0.1], loudness: [-7, 1.5], speechiness: [0.04, 0.015],
      acousticness: [0.18, 0.12], instrumentalness: [0.15, 0.12], liveness: [0.15, 0.07], valence: [0.45, 0.15],
      tempo: [125, 18], durationSec: [225, 35], major: 0.6, timeSignatures: [0.08, 0.9, 0.01, 0.01, 0],
    },
    nameTemplates: ["The {A} {P}", "{A} {N}", "{N} {N}", "The {P}", "{N} Club", "{F} & the {P}", "{A} {P}"],
    words: {
      A: ["Velvet", "Paper", "Neon", "Silver", "Quiet", "Electric", "Broken", "Golden", "Hollow", "Lazy", "Glass", "Crooked", "Sunday", "Tiny", "Restless", "Static", "Pale", "Wild"],
      N: ["Harbour", "Lantern", "Satellite", "Orchard", "Motel", "Parade", "Balcony", "Telegram", "Comet", "Garden", "Carousel", "Postcard", "Kite", "Signal", "Tangerine", "Canyon"],
      P: ["Foxes", "Strangers", "Pilots", "Echoes", "Daydreams", "Lungs", "Magpies", "Astronauts", "Cousins", "Arcades", "Sparrows", "Satellites", "Radios", "Lovers"],
      F: EN_FIRST, L: EN_LAST, W: [],
    },
    hotCities: ["London", "Manchester", "Glasgow", "Amsterdam", "Brooklyn", "New York", "Seattle", "Montreal"],
  },
  {
    key: "techno",
    label: "techno",
    spotifyGenres: ["techno", "minimal techno", "german techno", "dark techno", "tech house", "acid techno"],
    neighbours: ["dnb", "ambient"],
    profile: {
      danceability: [0.78, 0.06], energy: [0.85, 0.07], loudness: [-7, 1.5], speechiness: [0.06, 0.02],
      acousticness: [0.02, 0.02], instrumentalness: [0.85, 0.1], liveness: [0.12, 0.05], valence: [0.33, 0.15],
      tempo: [130, 3], durationSec: [380, 60], major: 0.4, timeSignatures: [0, 1, 0, 0, 0],
    },
    nameTemplates: ["{W}", "{W} {W}", "DJ {W}", "{W} {N}", "{F} {L}", "{W} Unit", "{A} {W}", "{F} {L}"],
    words: {
      A: ["Dark", "Deep", "Cold", "Binary", "Analog", "Acid"],
      N: ["303", "808", "909", "23", "77", "Null", "Zero", "Flux", "Grid"],
      P: [],
      F: ["Jonas", "Kerstin", "Marek", "Anouk", "Lukas", "Ines", "Tobias", "Yara", "Dario", "Helga", "Sven", "Milla"],
      L: ["Krause", "Vermeulen", "Brandt", "Vogel", "Lindgren", "Hoffmann", "Kovač", "de Graaf", "Ernst", "Falk"],
      W: ["Kobalt", "Reflex", "Oszillator", "Stahlwerk", "Monolith", "Substrat", "Vektor", "Pulsar", "Kaltfront", "Nachtbus", "Parallax", "Rotor", "Tektonik", "Isotop", "Ferrit", "Halogen", "Kathode", "Strobe", "Modul", "Quadrant"],
    },
    hotCities: ["Berlin", "Amsterdam", "Rotterdam", "London", "Barcelona", "Prague", "Vienna", "Warsaw"],
  },
  {
    key: "hiphop",
    label: "hip-hop",
    spotifyGenres: ["hip hop", "rap", "trap", "conscious hip hop", "east coast hip hop", "underground hip hop"],
    neighbours: ["soul", "latin", "dnb"],
    profile: {
      danceability: [0.78, 0.07], energy: [0.65, 0.1], loudness: [-6.5, 1.5], speechiness: [0.3, 0.08],
      acousticness: [0.15, 0.1], instrumentalness: [0.01, 0.02], liveness: [0.18, 0.08], valence: [0.5, 0.15],
      tempo: [92, 5], durationSec: [200, 30], major: 0.5, timeSignatures: [0.02, 0.97, 0.01, 0, 0],
    },
    nameTemplates: ["Lil {W}", "MC {W}", "Young {W}", "{W} {L}", "{W} Gang", "{A} {W}", "{W}"],
    words: {
      A: ["Big", "Lazy", "Royal", "Saint", "Cash", "Golden", "Slick", "Nova"],
      N: [],
      P: [],
      F: [],
      L: ["Banks", "Marlowe", "Jones", "Vega", "Grant", "Okoye", "Rivers", "Mack", "Brooks", "Hayes"],
      W: ["Kairo", "Jaxx", "Dre", "Nique", "Blaze", "Sosa", "Tavi", "Reign", "Ziggy", "Murk", "Onyx", "Juno", "Kasi", "Verse", "Rico", "Tempo", "Deuce", "Skye", "Mosi", "Flint", "Echo", "Prophet"],
    },
    hotCities: ["New York", "Los Angeles", "Chicago", "Atlanta", "London", "Paris", "Toronto"],
  },
  {
    key: "jazz",
    label: "jazz",
    spotifyGenres: ["jazz", "contemporary jazz", "modal jazz", "hard bop", "jazz piano", "nu jazz"],
    neighbours: ["soul", "classical"],
    profile: {
      danceability: [0.52, 0.1], energy: [0.35, 0.1], loudness: [-13, 3], speechiness: [0.05, 0.02],
      acousticness: [0.78, 0.1], instrumentalness: [0.7, 0.15], liveness: [0.2, 0.1], valence: [0.5, 0.12],
      tempo: [118, 25], durationSec: [360, 90], major: 0.55, timeSignatures: [0.2, 0.68, 0.08, 0.02, 0.02],
    },
    nameTemplates: ["{F} {L} Quartet", "{F} {L} Trio", "{F} {L}", "The {L} Sextet", "{F} {L} & {P}", "{A} {N} Ensemble"],
    words: {
      A: ["Blue", "Midnight", "Smoky", "Velvet", "Modal", "Late", "Copper"],
      N: ["Note", "Room", "Avenue", "Hour", "Lounge", "Street"],
      P: ["the Nightcrawlers", "the Standards", "Friends", "the Blue Notes", "the Uptowners"],
      F: ["Ornella", "Theo", "Esme", "Dion", "Ahmad", "Nadia", "Winston", "Cecile", "Kofi", "Bram", "Noor", "Lars", "Imani", "Chester", "Yusuf", "Billie"],
      L: ["Whitfield", "Monroe", "Baptiste", "Holmqvist", "Coleman", "Ferreira", "Lavigne", "Okonjo", "Mehldorf", "Tate", "Ellery", "Sandoval"],
      W: [],
    },
    hotCities: ["New York", "New Orleans", "Paris", "London", "Tokyo", "Chicago", "Copenhagen"],
  },
  {
    key: "metal",
    label: "heavy metal",
    spotifyGenres: ["heavy metal", "thrash metal", "doom metal", "melodic death metal", "power metal", "metalcore"],
    neighbours: ["punk", "indie"],
    profile: {
      danceability: [0.32, 0.07], energy: [0.95, 0.03], loudness: [-4, 1], speechiness: [0.09, 0.03],
      acousticness: [0.01, 0.01], instrumentalness: [0.25, 0.15], liveness: [0.22, 0.08], valence: [0.2, 0.08],
      tempo: [145, 20], durationSec: [300, 60], major: 0.35, timeSignatures: [0.08, 0.85, 0.03, 0.02, 0.02],
    },
    nameTemplates: ["{A} {N}", "{N} of {N}", "{P} of {N}", "{W}", "{A} {P}", "{W} {N}"],
    words: {
      A: ["Iron", "Black", "Burning", "Frozen", "Grim", "Blood", "Obsidian", "Savage", "Eternal", "Cursed", "Molten", "Hollow"],
      N: ["Throne", "Abyss", "Winter", "Serpent", "Crown", "Ashes", "Storm", "Tomb", "Hammer", "Oath", "Dominion", "Eclipse", "Chasm", "Sorrow"],
      P: ["Wolves", "Ravens", "Titans", "Wraiths", "Hounds", "Legions", "Giants"],
      F: [], L: [],
      W: ["Necrovore", "Ossuary", "Grimnir", "Vargheim", "Kryptos", "Morgul", "Dreadnought", "Skalder", "Vorath", "Thornfall", "Cindervault"],
    },
    hotCities: ["Stockholm", "Oslo", "Helsinki", "Berlin", "London", "Los Angeles", "Prague", "São Paulo"],
  },
  {
    key: "classical",
    label: "classical",
    spotifyGenres: ["classical", "early music", "baroque", "contemporary classical", "chamber music", "orchestral"],
    neighbours: ["ambient", "jazz"],
    profile: {
      danceability: [0.22, 0.07], energy: [0.12, 0.06], loudness: [-24, 4], speechiness: [0.045, 0.01],
      acousticness: [0.95, 0.03], instrumentalness: [0.88, 0.08], liveness: [0.12, 0.05], valence: [0.25, 0.1],
      tempo: [95, 20], durationSec: [420, 150], major: 0.55, timeSignatures: [0.3, 0.6, 0.04, 0.06, 0],
    },
    nameTemplates: ["{F} {L}", "{L} String Quartet", "{W} Philharmonic", "{W} Chamber Orchestra", "Ensemble {W}", "{F} {L} (piano)", "{W} Baroque Consort"],
    words: {
      A: [], N: [], P: [],
      F: ["Clara", "Anton", "Yuna", "Miroslav", "Hélène", "Friedrich", "Alondra", "Kirill", "Martha", "Leif", "Ingrid", "Sergei", "Hilde", "Vígdís"],
      L: ["Ostrowski", "Lindholm", "Castellani", "Hartmann", "Moreau", "Varga", "Aldridge", "Kovalenko", "Bergström", "Richter", "Nakamura", "Haugland"],
      W: ["Aurora", "Meridian", "Northern", "Danube", "Alpine", "Lumen", "Concordia", "Arcadia", "Helios", "Baltic", "Rheinland", "Orfeo"],
    },
    hotCities: ["Vienna", "Berlin", "London", "Milan", "Amsterdam", "Prague", "Tokyo", "New York"],
  },
  {
    key: "folk",
    label: "folk & acoustic",
    spotifyGenres: ["folk", "indie folk", "singer-songwriter", "acoustic", "stomp and holler", "chamber folk"],
    neighbours: ["country", "indie", "classical"],
    profile: {
      danceability: [0.5, 0.08], energy: [0.33, 0.1], loudness: [-11, 2.5], speechiness: [0.04, 0.01],
      acousticness: [0.82, 0.1], instrumentalness: [0.1, 0.1], liveness: [0.15, 0.07], valence: [0.45, 0.15],
      tempo: [110, 18], durationSec: [220, 40], major: 0.7, timeSignatures: [0.2, 0.78, 0.01, 0.01, 0],
    },
    nameTemplates: ["{F} {L}", "The {N} Family", "{N} & {N}", "The {A} {P}", "{F} and the {P}", "{A} {N}"],
    words: {
      A: ["Wandering", "Lonesome", "Little", "Cedar", "Autumn", "Riverbend", "Mossy", "Woolen", "Birch"],
      N: ["Hearth", "Meadow", "Fiddle", "Willow", "Lantern", "Heather", "Sparrow", "Stone", "Ember", "Bramble"],
      P: ["Pines", "Ramblers", "Wanderers", "Shepherds", "Gulls", "Hollows", "Acorns"],
      F: ["Aoife", "Bram", "Freya", "Harlan", "Isla", "Tobin", "Maren", "Cormac", "Elin", "Rowan", "Signe", "Declan"],
      L: ["Fairweather", "O'Rourke", "Ashdown", "Lindell", "Carver", "Moss", "Heathcote", "Brennan", "Tolliver", "Wray"],
      W: [],
    },
    hotCities: ["Dublin", "Glasgow", "Nashville", "London", "Copenhagen", "Oslo", "Melbourne"],
  },
  {
    key: "latin",
    label: "reggaeton & latin",
    spotifyGenres: ["reggaeton", "latin pop", "urbano latino", "cumbia", "latin alternative", "trap latino"],
    neighbours: ["hiphop", "kpop", "soul"],
    profile: {
      danceability: [0.78, 0.06], energy: [0.75, 0.08], loudness: [-5, 1.2], speechiness: [0.1, 0.05],
      acousticness: [0.18, 0.1], instrumentalness: [0.01, 0.01], liveness: [0.15, 0.07], valence: [0.75, 0.1],
      tempo: [95, 6], durationSec: [205, 25], major: 0.55, timeSignatures: [0.02, 0.97, 0.01, 0, 0],
    },
    nameTemplates: ["{F} {L}", "Los {P}", "La {N}", "{W}", "{F} \"{W}\" {L}", "DJ {W}", "{W} y {W}"],
    words: {
      A: [],
      N: ["Sonora", "Marea", "Fiebre", "Calle", "Luna", "Brisa", "Tormenta", "Fogata"],
      P: ["Tigres del Sol", "Caballeros", "Hermanos Vega", "Bandidos", "Mariposas", "Pájaros"],
      F: ["Valentina", "Mateo", "Camila", "Santiago", "Lucía", "Diego", "Ximena", "Andrés", "Paloma", "Rafael"],
      L: ["Ramírez", "Quintero", "Salazar", "Ocampo", "Villanueva", "Paredes", "Cienfuegos", "Montoya"],
      W: ["Fuego", "Bacano", "Nené", "Chispa", "Pepito", "Candela", "Sabroso", "Tumbao", "Zafiro", "Mambo"],
    },
    hotCities: ["Mexico City", "Buenos Aires", "Madrid", "Barcelona", "Miami", "Los Angeles", "São Paulo"],
  },
  {
    key: "kpop",
    label: "k-pop",
    spotifyGenres: ["k-pop", "k-pop girl group", "k-pop boy group", "korean r&b", "j-pop"],
    neighbours: ["latin", "hiphop", "soul"],
    profile: {
      danceability: [0.7, 0.07], energy: [0.82, 0.07], loudness: [-4, 1], speechiness: [0.08, 0.04],
      acousticness: [0.1, 0.07], instrumentalness: [0.005, 0.01], liveness: [0.14, 0.06], valence: [0.65, 0.12],
      tempo: [120, 12], durationSec: [200, 20], major: 0.55, timeSignatures: [0.01, 0.99, 0, 0, 0],
    },
    nameTemplates: ["{W}", "{W}{N}", "{W} {P}", "{F}", "{A} {W}"],
    words: {
      A: ["NU", "XO", "NEO", "Re:", "O!"],
      N: ["9", "7", "X", "2U", "4", "21"],
      P: ["Girls", "Boys", "Crew", "Bloom"],
      F: ["JIHO", "MINA", "SEUL", "YUNA", "TAEO", "HANA"],
      L: [],
      W: ["NOVA", "LUMIA", "STARLIT", "VIVID", "AURA", "ECLIPSE", "PRISM", "BLOSSOM", "ORBIT", "KAIROS", "MOONSTONE", "ZENITH", "HALO", "RIPPLE"],
    },
    hotCities: ["Seoul", "Tokyo", "Osaka", "Los Angeles", "New York", "São Paulo", "Paris"],
  },
  {
    key: "ambient",
    label: "ambient",
    spotifyGenres: ["ambient", "drone", "new age", "ambient electronic", "space ambient", "lo-fi"],
    neighbours: ["classical", "techno"],
    profile: {
      danceability: [0.25, 0.08], energy: [0.15, 0.07], loudness: [-20, 4], speechiness: [0.04, 0.01],
      acousticness: [0.6, 0.2], instrumentalness: [0.9, 0.07], liveness: [0.1, 0.04], valence: [0.12, 0.07],
      tempo: [80, 15], durationSec: [420, 120], major: 0.5, timeSignatures: [0.25, 0.7, 0.02, 0.03, 0],
    },
    nameTemplates: ["{N} {N}", "{a} {n}", "{W}", "{A} {P}", "{W} Drift"],
    words: {
      A: ["Distant", "Soft", "Slow", "Faded", "Nocturnal", "Pale", "Drifting", "Still"],
      N: ["Fog", "Tide", "Glacier", "Moss", "Dune", "Lake", "Orbit", "Cloud", "Salt", "Snow", "Aurora", "Haze"],
      P: ["Shores", "Fields", "Horizons", "Signals", "Currents", "Tides"],
      F: [], L: [],
      W: ["Lumenfall", "Stillwater", "Hiemal", "Lowlight", "Nebulae", "Tundra", "Ephemera", "Aeolian", "Sonder"],
    },
    hotCities: ["Berlin", "Reykjavík", "Tokyo", "London", "Amsterdam", "Oslo"],
  },
  {
    key: "country",
    label: "country",
    spotifyGenres: ["country", "contemporary country", "americana", "outlaw country", "bluegrass", "country road"],
    neighbours: ["folk", "indie"],
    profile: {
      danceability: [0.58, 0.07], energy: [0.62, 0.1], loudness: [-6.5, 1.5], speechiness: [0.04, 0.01],
      acousticness: [0.35, 0.15], instrumentalness: [0.01, 0.01], liveness: [0.17, 0.07], valence: [0.6, 0.12],
      tempo: [115, 18], durationSec: [205, 25], major: 0.8, timeSignatures: [0.1, 0.9, 0, 0, 0],
    },
    nameTemplates: ["{F} {L}", "The {N} Boys", "{F} {L} Band", "{A} {N}", "The {A} {P}"],
    words: {
      A: ["Dusty", "Whiskey", "Red Dirt", "Tumbleweed", "Lonesome", "Prairie", "Copperhead", "Blue Ridge"],
      N: ["Creek", "Ridge", "Highway", "Saddle", "Holler", "Mesa", "Bayou", "Crossroads"],
      P: ["Outlaws", "Drifters", "Ramblers", "Cowhands", "Mustangs", "Sweethearts"],
      F: ["Wyatt", "Loretta", "Colt", "Darla", "Hollis", "Tammy", "Boone", "Rhea", "Jolene", "Travis"],
      L: ["McCall", "Landry", "Tucker", "Boone", "Wheeler", "Jessup", "Haggerty", "Pruitt"],
      W: [],
    },
    hotCities: ["Nashville", "Austin", "Chicago", "Toronto", "Dublin", "Melbourne"],
  },
  {
    key: "dnb",
    label: "drum & bass",
    spotifyGenres: ["drum and bass", "liquid funk", "neurofunk", "jungle", "uk dnb"],
    neighbours: ["techno", "hiphop"],
    profile: {
      danceability: [0.55, 0.07], energy: [0.9, 0.05], loudness: [-4.5, 1], speechiness: [0.08, 0.03],
      acousticness: [0.02, 0.02], instrumentalness: [0.6, 0.2], liveness: [0.15, 0.07], valence: [0.35, 0.12],
      tempo: [174, 2], durationSec: [300, 50], major: 0.35, timeSignatures: [0, 1, 0, 0, 0],
    },
    nameTemplates: ["{W}", "{W} & {W}", "{W} {N}", "DJ {W}", "{A} {W}"],
    words: {
      A: ["Liquid", "Sub", "Low", "Rogue", "Neural"],
      N: ["Dynamics", "Audio", "Sound System", "Theory", "Frequency"],
      P: [],
      F: [], L: [],
      W: ["Kaptain", "Sigmund", "Nettle", "Spectral", "Voltage", "Calyptra", "Breakline", "Halcyon", "Quadra", "Fracture", "Mindwarp", "Rampage", "Syncope", "Wavelength"],
    },
    hotCities: ["London", "Bristol", "Manchester", "Prague", "Budapest", "Amsterdam", "Berlin"],
  },
  {
    key: "soul",
    label: "soul & r&b",
    spotifyGenres: ["soul", "neo soul", "r&b", "contemporary r&b", "funk", "motown"],
    neighbours: ["jazz", "hiphop", "indie"],
    profile: {
      danceability: [0.62, 0.08], energy: [0.52, 0.1], loudness: [-8, 2], speechiness: [0.07, 0.03],
      acousticness: [0.3, 0.15], instrumentalness: [0.03, 0.04], liveness: [0.15, 0.07], valence: [0.6, 0.12],
      tempo: [100, 15], durationSec: [230, 35], major: 0.55, timeSignatures: [0.08, 0.9, 0.01, 0.01, 0],
    },
    nameTemplates: ["{F} {L}", "The {A} {P}", "{F}", "{F} {L} & the {P}", "{A} {N}"],
    words: {
      A: ["Sweet", "Velvet", "Honey", "Golden", "Silky", "Soulful", "Midnight"],
      N: ["Groove", "Motion", "Revival", "Testimony", "Satin"],
      P: ["Tones", "Dynamics", "Souls", "Sensations", "Impressions", "Delights"],
      F: ["Odessa", "Marlon", "Simone", "Otis", "Jasmine", "Leon", "Ayo", "Imara", "Curtis", "Nia", "Selah", "Raphael"],
      L: ["Washington", "Bell", "Simmons", "Harper", "Jenkins", "Lovelace", "Mayfield", "Ellison"],
      W: [],
    },
    hotCities: ["New York", "London", "Los Angeles", "Chicago", "Paris", "Amsterdam"],
  },
  {
    key: "punk",
    label: "punk",
    spotifyGenres: ["punk", "hardcore punk", "pop punk", "post-punk", "skate punk", "garage punk"],
    neighbours: ["indie", "metal"],
    profile: {
      danceability: [0.42, 0.08], energy: [0.92, 0.04], loudness: [-4.5, 1], speechiness: [0.07, 0.03],
      acousticness: [0.02, 0.02], instrumentalness: [0.03, 0.04], liveness: [0.25, 0.1], valence: [0.55, 0.15],
      tempo: [170, 15], durationSec: [150, 30], major: 0.6, timeSignatures: [0.02, 0.98, 0, 0, 0],
    },
    nameTemplates: ["The {A} {P}", "{P}", "{A} {N}", "{N} Riot", "Teenage {P}", "The {P}"],
    words: {
      A: ["Rotten", "Angry", "Dead", "Bored", "Rusty", "Filthy", "Cheap", "Stupid", "Loud", "Toxic"],
      N: ["Youth", "Gutter", "Noise", "Concrete", "Molotov", "Nerve", "Static", "Trash"],
      P: ["Rats", "Vandals", "Miscreants", "Snots", "Cretins", "Rejects", "Dropouts", "Skids", "Mutants", "Zeroes"],
      F: [], L: [],
      W: [],
    },
    hotCities: ["London", "Berlin", "New York", "Los Angeles", "Toronto", "Manchester"],
  },
];

export const GENRE_KEYS: readonly string[] = GENRES.map((g) => g.key);

export function genreByKey(key: string): GenreDef {
  const g = GENRES.find((x) => x.key === key);
  if (!g) throw new Error(`unknown genre ${key}`);
  return g;
}
