// Shared state handed to every handler.
import type { Catalog } from "../catalog/types";
import type { CatalogIndex } from "../catalog/index";
import type { CounterStore } from "./counters";
import type { FaultEngine } from "./faults";
import type { Reply } from "./http";
import type { Knobs } from "./knobs";
import type { QuotaStore } from "./quotas";
import type { TokenStore } from "./tokens";

export interface SandboxConfig {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  bandsintownAppIds: string[];
  lastfmApiKeys: string[];
  ticketmasterApiKeys: string[];
}

export interface SandboxContext {
  catalog: Catalog;
  lookup: CatalogIndex;
  config: SandboxConfig;
  /** Base URL without trailing slash, e.g. http://127.0.0.1:4010 (set once listening). */
  baseUrl: string;
  knobs(): Knobs;
  /** Validates and merges; throws KnobError on bad input. */
  setKnobs(patch: unknown): Knobs;
  resetKnobs(): Knobs;
  counters: CounterStore;
  faults: FaultEngine;
  quotas: QuotaStore;
  tokens: TokenStore;
  /** Built replies of public, deterministic resources, so bursts are served at wire speed. */
  replies: Map<string, Reply>;
  /** JSON of public catalog objects (an artist, a track, its features), serialized once; replies are assembled from them. */
  fragments: Map<string, Buffer>;
}

/** A catalog object's JSON bytes, built once per key (keys must name everything the object depends on). */
export function memoJson(ctx: SandboxContext, key: string, build: () => unknown): Buffer {
  let bytes = ctx.fragments.get(key);
  if (bytes === undefined) ctx.fragments.set(key, (bytes = Buffer.from(JSON.stringify(build()), "utf8")));
  return bytes;
}

/** A public resource's reply, built once per key (keys must name everything the reply depends on). */
export function memoReply(ctx: SandboxContext, key: string, build: () => Reply): Reply {
  let reply = ctx.replies.get(key);
  if (!reply) {
    reply = build();
    // Kept as bytes, so a repeat costs no re-encoding.
    if (typeof reply.body === "string") reply = { ...reply, body: Buffer.from(reply.body, "utf8") };
    if (reply.status === 200) ctx.replies.set(key, reply);
  }
  return reply;
}
