// Public entry point of the sandbox's demo catalog.
export type * from "./types";
export { DEFAULT_SEED, generateCatalog, indexCatalog, lowerName, type CatalogIndex, type GenerateOptions } from "./generate";
export { PERSONAS, type PersonaDef } from "./listeners";
export { DEMO_CITIES } from "./cities";
export { SPECIAL_NAMES } from "./names";
