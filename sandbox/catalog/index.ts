// Public entry point of the sandbox's demo catalog.
export type * from "./types";
export { DEFAULT_SEED, generateCatalog, indexCatalog, lowerName, type CatalogIndex } from "./generate";
export { PERSONAS } from "./listeners";
export { BIG_DEMO_CITIES, DEMO_CITIES } from "./cities";
export { SPECIAL_NAMES } from "./names";
// What the secondary sources (Last.fm, Deezer, ReccoBeats, Ticketmaster) know of the catalog.
export { NOT_ON_DEEZER_SHARE } from "./artists";
export { externalName } from "./name-variants";
export { lastfmSimilar } from "./lastfm-similar";
export { NOT_ON_RECCOBEATS_SHARE, reccobeatsId } from "./reccobeats-tracks";
export { ticketmasterListing } from "./ticketmaster-events";
export { SPOTIFY_LINK_SHARE, type TicketmasterEvent } from "./ticketmaster-builder";
export { LOCAL_SPOTIFY_LINK_SHARE, TOURING_SPOTIFY_LINK_SHARE } from "./ticketmaster-scenes";
