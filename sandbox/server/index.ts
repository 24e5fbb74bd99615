// Programmatic entry point: startSandbox() runs the whole sandbox (Spotify accounts + Web API,
// Bandsintown, Last.fm, Deezer, ReccoBeats, Ticketmaster, images, embed, admin) on one port.
// Used by sandbox/main.ts, tests and scripts.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_SEED, generateCatalog, indexCatalog } from "../catalog/index";
import type { Catalog } from "../catalog/types";
import { issueToken as issue } from "./admin";
import type { SandboxContext } from "./context";
import { CounterStore, type Counters } from "./counters";
import { FaultEngine } from "./faults";
import { defaultKnobs, mergeKnobs, type Knobs } from "./knobs";
import { QuotaStore } from "./quotas";
import { createRouter } from "./router";
import { prebuildSpotifyJson } from "./spotify-objects";
import { TokenStore, type IssuedToken } from "./tokens";

export type { Knobs } from "./knobs";
export type { Counters } from "./counters";
export type { IssuedToken } from "./tokens";
export { knobsFromEnv } from "./knobs";

export const DEFAULT_CLIENT_ID = "gigscovery-demo-client";
export const DEFAULT_CLIENT_SECRET = "sandbox-only-secret-not-a-spotify-secret";
export const DEFAULT_REDIRECT_URIS = ["http://127.0.0.1:3000/api/auth/callback/spotify"];
export const DEFAULT_BANDSINTOWN_APP_IDS = ["gigscovery-demo"];
export const DEFAULT_LASTFM_API_KEYS = ["sandbox-lastfm-key"];
export const DEFAULT_TICKETMASTER_API_KEYS = ["sandbox-ticketmaster-key"];

export interface SandboxOptions {
  /** 0 = random free port. Default 4010. */
  port?: number;
  host?: string;
  seed?: number;
  /** YYYY-MM-DD; default: today's local date. */
  today?: string;
  knobs?: Partial<Knobs>;
  clientId?: string;
  clientSecret?: string;
  redirectUris?: string[];
  bandsintownAppIds?: string[];
  lastfmApiKeys?: string[];
  ticketmasterApiKeys?: string[];
  /** Serve this catalog instead of generating one (tests). */
  catalog?: Catalog;
}

export interface Sandbox {
  url: string;
  port: number;
  catalog: Catalog;
  knobs(): Knobs;
  setKnobs(p: Partial<Knobs>): void;
  resetKnobs(): void;
  counters(): Counters;
  resetCounters(): void;
  /** Issues a token pair for a listener directly (default scope: user-top-read user-read-email user-read-private). */
  issueToken(listenerId: string, scope?: string): IssuedToken;
  /** Makes an access or refresh token invalid. */
  revokeToken(token: string): boolean;
  close(): Promise<void>;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const catalog = opts.catalog ?? generateCatalog({ seed: opts.seed ?? DEFAULT_SEED, today: opts.today });
  const initialKnobs = mergeKnobs(defaultKnobs(), opts.knobs ?? {});
  let knobs = initialKnobs;
  /** New knobs restart the fault PRNGs, rate windows and quotas, so a run is reproducible from there. */
  const useKnobs = (next: Knobs): Knobs => {
    knobs = next;
    ctx.faults.reset();
    ctx.quotas.reset();
    return knobs;
  };

  const ctx: SandboxContext = {
    catalog,
    lookup: indexCatalog(catalog),
    config: {
      clientId: opts.clientId ?? DEFAULT_CLIENT_ID,
      clientSecret: opts.clientSecret ?? DEFAULT_CLIENT_SECRET,
      redirectUris: opts.redirectUris ?? DEFAULT_REDIRECT_URIS,
      bandsintownAppIds: opts.bandsintownAppIds ?? DEFAULT_BANDSINTOWN_APP_IDS,
      lastfmApiKeys: opts.lastfmApiKeys ?? DEFAULT_LASTFM_API_KEYS,
      ticketmasterApiKeys: opts.ticketmasterApiKeys ?? DEFAULT_TICKETMASTER_API_KEYS,
    },
    baseUrl: "",
    knobs: () => knobs,
    setKnobs: (patch) => useKnobs(mergeKnobs(knobs, patch)),
    resetKnobs: () => useKnobs(initialKnobs),
    counters: new CounterStore(),
    faults: new FaultEngine(() => knobs),
    quotas: new QuotaStore(() => knobs),
    tokens: new TokenStore(),
    replies: new Map(),
    fragments: new Map(),
  };

  const handler = createRouter(ctx);
  const server: Server = createServer((req, res) => void handler(req, res));
  server.keepAliveTimeout = 5_000;
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 4010, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host;
  ctx.baseUrl = `http://${urlHost}:${port}`;
  prebuildSpotifyJson(ctx);

  return {
    url: ctx.baseUrl,
    port,
    catalog,
    knobs: () => knobs,
    setKnobs: (p) => void ctx.setKnobs(p),
    resetKnobs: () => void ctx.resetKnobs(),
    counters: () => ctx.counters.snapshot(),
    resetCounters: () => ctx.counters.reset(),
    issueToken: (listenerId, scope) => issue(ctx, listenerId, scope),
    revokeToken: (token) => ctx.tokens.revoke({ access_token: token, refresh_token: token }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
