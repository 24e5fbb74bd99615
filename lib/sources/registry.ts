// Which vendors serve which capability, in which order. A vendor is one folder that describes
// itself (lib/sources/<vendor>/: metadata, settings, sources); adding one is that folder, one line
// in VENDORS, and its stand-in in the sandbox.
import { z } from "zod";
import { CAPABILITIES } from "@/lib/domain/capabilities";
import { YOUR_LIST } from "@/lib/domain/taste";
import type { ArtistSearch, Capabilities, Source, TasteSource } from "@/lib/domain/ports";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { Budgets } from "@/lib/http/shared-budget";
import { UpstreamClient } from "@/lib/http/upstream-client";
import { bandsintown } from "./bandsintown";
import { deezer } from "./deezer";
import { lastfm } from "./lastfm";
import { listenbrainz } from "./listenbrainz";
import { reccobeats } from "./reccobeats";
import { similarByName } from "./similar-by-name";
import { spotify } from "./spotify";
import { ticketmaster } from "./ticketmaster";
import type { Serving, Vendor, VendorLimits } from "./vendor";

/** Every vendor, in the order each capability tries them (and `sources` lists them). */
export const VENDORS = [spotify, lastfm, listenbrainz, deezer, reccobeats, bandsintown, ticketmaster] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type VendorEnvShape = UnionToIntersection<(typeof VENDORS)[number]["env"]>;

/** Every vendor's settings in the environment, validated by lib/config.ts with the app's own. */
export const VENDOR_ENV = Object.assign({}, ...VENDORS.map((v) => v.env)) as VendorEnvShape;
export type VendorEnv = z.infer<z.ZodObject<VendorEnvShape>>;

// The registry calls each vendor with the settings its own schema produced.
const vendors = VENDORS as readonly Vendor<z.ZodRawShape, unknown>[];

/** Each source id and its name for people, in registry order: the page and messages show these. */
export function sourceLabels(): Record<string, string> {
  return Object.fromEntries([...vendors.flatMap(({ metadata: m }) => [[m.id, m.label], ...Object.entries(m.sources ?? {})]), [YOUR_LIST.id, YOUR_LIST.label]]);
}

/**
 * What is wrong when no vendor can find concerts, naming the keys that would (the free one first).
 * Each vendor reads its own settings, so this is said also when others are invalid.
 */
export function missingConcertSource(env: Record<string, string | undefined>): string | undefined {
  const concertVendors = vendors.filter((v) => v.metadata.serves.includes("concerts"));
  const configured = (v: Vendor<z.ZodRawShape, unknown>) => {
    const own = z.object(v.env).safeParse(env);
    return own.success && v.settings(own.data) !== undefined;
  };
  if (concertVendors.some(configured)) return undefined;
  const keys = concertVendors.flatMap((v) => (v.metadata.key ? [v.metadata.key] : [])).sort((a, b) => Number(b.free) - Number(a.free));
  const [first, ...others] = keys;
  if (!first) return "no concert source is configured";
  const alternatives = others.map((k) => ` or ${k.setting} (${k.how})`).join("");
  return `${first.setting} is missing: set it (${first.how})${alternatives}, so that concerts can be found`;
}

export interface WiringOptions {
  /** The public cache (and in-flight sharing) every source uses. */
  shared: SharedLoader;
  timeoutMs: number;
  retries: number;
  /** The rolling window of the budgets set in the environment. */
  rateWindowMs: number;
  /** Where the upstream budgets are kept: this process's memory by default, or shared by several instances. */
  budgets?: Budgets;
}

/**
 * The configured vendors' sources in each capability's chain, sharing the public cache, with one
 * HTTP client (gate) per vendor. Names from vendors that know artists by name only are matched
 * to Spotify artists with the first artist search configured.
 */
export function createCapabilities(env: VendorEnv, options: WiringOptions): Capabilities {
  const { shared } = options;
  const serving: Serving[] = vendors.flatMap((vendor) => {
    const settings = vendor.settings(env);
    if (settings === undefined) return [];
    const { id, label } = vendor.metadata;
    const client = (limits: VendorLimits) =>
      new UpstreamClient({ name: id, label, timeoutMs: options.timeoutMs, retries: options.retries, budgets: options.budgets, ...limits });
    return [vendor.serve(settings, { shared, client, rateWindowMs: options.rateWindowMs })];
  });
  const taste = firstOf(serving, (s) => s.taste, "the listener's taste");
  const search = firstOf(serving, (s) => s.artistSearch, "artist search");
  return {
    taste,
    profiles: serving.flatMap((s) => s.profiles ?? []),
    artistSearch: search,
    similarArtists: serving.flatMap((s) => [...(s.similarArtists ?? []), ...(s.similarNames ?? []).map((names) => similarByName(names, search))]),
    artistTracks: serving.flatMap((s) => s.artistTracks ?? []),
    trackFeatures: serving.flatMap((s) => s.trackFeatures ?? []),
    artistConcerts: serving.flatMap((s) => s.artistConcerts ?? []),
    areaConcerts: serving.flatMap((s) => s.areaConcerts ?? []),
    concertLookup: serving.flatMap((s) => s.concertLookup ?? []),
  };
}

function firstOf<T extends TasteSource | ArtistSearch>(serving: Serving[], pick: (s: Serving) => T | undefined, what: string): T {
  const found = serving.map(pick).find((x) => x !== undefined);
  if (!found) throw new Error(`No configured vendor serves ${what}`);
  return found;
}

/** Which source serves what, in the order tried, for the startup log (no secrets). */
export function describeSources(caps: Capabilities): string {
  const ids = (list: readonly Source[], joiner: string) => list.map((x) => x.id).join(joiner) || "none";
  return [
    `${CAPABILITIES.similar_artists.what}: ${ids(caps.similarArtists, " → ")}`,
    `${CAPABILITIES.artist_tracks.what}: ${ids(caps.artistTracks, " → ")}`,
    `${CAPABILITIES.track_features.what}: ${ids(caps.trackFeatures, " → ")}`,
    `${CAPABILITIES.concerts.what}: ${ids([...caps.artistConcerts, ...caps.areaConcerts], " + ")}`,
    `taste without Spotify: ${ids(caps.profiles, ", ")}`,
  ].join("; ");
}
