import { config } from "@/lib/config";
import { MemoryCache } from "@/lib/cache/memory-cache";
import type { PublicCache } from "@/lib/cache/cache";
import { SharedLoader } from "@/lib/http/shared-load";
import { UpstreamClient } from "@/lib/http/upstream-client";
import { SpotifySource } from "@/lib/sources/spotify/spotify-source";
import { listenerTopTracks, spotifyTrackSearch } from "@/lib/sources/spotify/track-sources";
import { BandsintownSource } from "@/lib/sources/bandsintown/bandsintown-source";
import { LastfmSource } from "@/lib/sources/lastfm/lastfm-source";
import { DeezerSource } from "@/lib/sources/deezer/deezer-source";
import { ReccoBeatsSource } from "@/lib/sources/reccobeats/reccobeats-source";
import { TicketmasterSource } from "@/lib/sources/ticketmaster/ticketmaster-source";
import type { Capabilities } from "./capabilities";
import { RestrictionMemory } from "./restriction-memory";
import { similarByName } from "./similar-by-name";

interface Budget {
  concurrency: number;
  rateLimit: number;
}

export interface CapabilitySettings {
  spotifyApiUrl: string;
  spotify: Budget;
  /** Omit a source to leave it out (no key configured, or switched off). */
  bandsintown?: { url: string; appId: string } & Budget;
  ticketmaster?: { url: string; apiKey: string };
  lastfm?: { url: string; apiKey: string };
  deezer?: { url: string };
  reccobeats?: { url: string };
  /** Rolling window of the Spotify and Bandsintown budgets. */
  rateWindowMs: number;
  timeoutMs: number;
  retries: number;
  cacheMaxEntries: number;
  /** The store of public data (default: in memory, `cacheMaxEntries` entries). */
  cache?: PublicCache;
  /** How long a source's refusal of a capability is remembered. */
  restrictionMemoryMs?: number;
}

// The published (or reported) limits of the fallback sources, kept below: Last.fm about 5 requests
// a second, Deezer 50 per 5 seconds, Ticketmaster 5 a second and 5,000 a day; ReccoBeats publishes
// none: 10 a second keeps a listener's features (7–8 calls of 40 ids) within one second, and its 429s are honoured.
const SECOND = 1000;
const LIMITS = {
  lastfm: { concurrency: 5, rateLimit: 5, windowMs: SECOND },
  deezer: { concurrency: 10, rateLimit: 50, windowMs: 5 * SECOND },
  reccobeats: { concurrency: 8, rateLimit: 10, windowMs: SECOND },
  ticketmaster: { concurrency: 5, rateLimit: 5, windowMs: SECOND, dailyLimit: 5000 },
} as const;

/**
 * Wire the sources to the capabilities, in the order each capability tries them, sharing one
 * public cache, one gate per upstream and one memory of refusals.
 */
export function createCapabilities(s: CapabilitySettings): Capabilities {
  const shared = new SharedLoader(s.cache ?? new MemoryCache(s.cacheMaxEntries));
  const common = { timeoutMs: s.timeoutMs, retries: s.retries };
  const client = (name: string, limits: Budget & { windowMs?: number; dailyLimit?: number }) =>
    new UpstreamClient({ name, windowMs: s.rateWindowMs, ...common, ...limits });

  const spotify = new SpotifySource(s.spotifyApiUrl, client("spotify", s.spotify), shared);
  const lastfm = s.lastfm && new LastfmSource(s.lastfm.url, s.lastfm.apiKey, client("lastfm", LIMITS.lastfm), shared);
  const deezer = s.deezer && new DeezerSource(s.deezer.url, client("deezer", LIMITS.deezer), shared);
  const reccobeats = s.reccobeats && new ReccoBeatsSource(s.reccobeats.url, client("reccobeats", LIMITS.reccobeats), shared);
  const bandsintown =
    s.bandsintown &&
    new BandsintownSource(
      s.bandsintown.url,
      s.bandsintown.appId,
      client("bandsintown", { concurrency: s.bandsintown.concurrency, rateLimit: s.bandsintown.rateLimit }),
      shared,
    );
  const ticketmaster =
    s.ticketmaster && new TicketmasterSource(s.ticketmaster.url, s.ticketmaster.apiKey, client("ticketmaster", LIMITS.ticketmaster), shared);

  return {
    taste: spotify,
    similarArtists: [spotify, ...[lastfm, deezer].filter((x) => !!x).map((names) => similarByName(names, spotify))],
    artistTracks: [spotify, spotifyTrackSearch(spotify), listenerTopTracks(spotify)],
    trackFeatures: [spotify, ...(reccobeats ? [reccobeats] : [])],
    artistEvents: bandsintown ? [bandsintown] : [],
    areaEvents: ticketmaster ? [ticketmaster] : [],
    restrictions: new RestrictionMemory(s.restrictionMemoryMs),
  };
}

/** Which source serves what, for the startup log (no secrets). */
export function describeSources(caps: Capabilities): string {
  const names = (list: readonly { name: string }[]) => list.map((x) => x.name).join(" → ") || "none";
  return [
    `similar artists: ${names(caps.similarArtists)}`,
    `tracks: ${names(caps.artistTracks)}`,
    `audio features: ${names(caps.trackFeatures)}`,
    `concerts: ${[...caps.artistEvents, ...caps.areaEvents].map((x) => x.name).join(" + ") || "none"}`,
  ].join("; ");
}

/** The settings `createCapabilities` takes, from the validated configuration. */
function settingsFromConfig(c: ReturnType<typeof config>): CapabilitySettings {
  return {
    spotifyApiUrl: c.SPOTIFY_API_URL,
    spotify: { concurrency: c.SPOTIFY_CONCURRENCY, rateLimit: c.SPOTIFY_RATE_LIMIT },
    bandsintown: c.BANDSINTOWN_APP_ID
      ? { url: c.BANDSINTOWN_URL, appId: c.BANDSINTOWN_APP_ID, concurrency: c.BANDSINTOWN_CONCURRENCY, rateLimit: c.BANDSINTOWN_RATE_LIMIT }
      : undefined,
    ticketmaster: c.TICKETMASTER_API_KEY ? { url: c.TICKETMASTER_URL, apiKey: c.TICKETMASTER_API_KEY } : undefined,
    lastfm: c.LASTFM_API_KEY ? { url: c.LASTFM_URL, apiKey: c.LASTFM_API_KEY } : undefined,
    deezer: c.DEEZER_ENABLED ? { url: c.DEEZER_URL } : undefined,
    reccobeats: c.RECCOBEATS_ENABLED ? { url: c.RECCOBEATS_URL } : undefined,
    rateWindowMs: c.UPSTREAM_RATE_WINDOW_SECONDS * 1000,
    timeoutMs: c.UPSTREAM_TIMEOUT_MS,
    retries: c.UPSTREAM_RETRIES,
    cacheMaxEntries: c.CACHE_MAX_ENTRIES,
    restrictionMemoryMs: c.RESTRICTION_MEMORY_SECONDS * 1000,
  };
}

let instance: Capabilities | undefined;

/** The process-wide capabilities from configuration (one cache and one gate per upstream for all listeners). */
export function defaultCapabilities(): Capabilities {
  instance ??= createCapabilities(settingsFromConfig(config()));
  return instance;
}
