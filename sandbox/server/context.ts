// Shared state handed to every handler.
import type { Catalog } from "../catalog/types";
import type { CatalogLookup } from "./catalog-index";
import type { CounterStore } from "./counters";
import type { FaultEngine } from "./faults";
import type { Knobs } from "./knobs";
import type { TokenStore } from "./tokens";

export interface SandboxConfig {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  bandsintownAppIds: string[];
}

export interface SandboxContext {
  catalog: Catalog;
  lookup: CatalogLookup;
  config: SandboxConfig;
  /** Base URL without trailing slash, e.g. http://127.0.0.1:4010 (set once listening). */
  baseUrl: string;
  knobs(): Knobs;
  /** Validates and merges; throws KnobError on bad input. */
  setKnobs(patch: unknown): Knobs;
  resetKnobs(): Knobs;
  counters: CounterStore;
  faults: FaultEngine;
  tokens: TokenStore;
}
