// What a fan sees on the demo: each demo listener in each big demo city, with what the page sends
// by default. Counts concerts and mixes per search, checks that every concert of the listener's own
// artists is found, and how well discoveries fit their mix's genres (the catalog knows every
// artist's genre). Used by `npm run reach` and by the test over the demo catalog (counts, never times).
import { MemoryCache } from "../../lib/cache/memory-cache";
import { SharedLoader } from "../../lib/http/shared-load";
import { createPipeline, type Pipeline } from "../../lib/pipeline/pipeline";
import { getBins, type BinsResult } from "../../lib/pipeline/get-bins";
import { createCapabilities, VENDOR_ENV } from "../../lib/sources/registry";
import { addDays } from "../../lib/dates/date-range";
import { distanceKm } from "../../lib/geo/distance";
import { z } from "zod";
import type { Sandbox } from "../../sandbox/server/index";
import { BIG_DEMO_CITIES, PERSONAS, ticketmasterListing } from "../../sandbox/catalog/index";

export interface ReachSettings {
  radiusKm: number;
  days: number;
  /** What the page sends by default. */
  topArtists: number;
  similarArtists: number;
}

export const PAGE_DEFAULTS: ReachSettings = { radiusKm: 50, days: 60, topArtists: 5, similarArtists: 5 };

export interface SearchReach {
  listener: string;
  city: string;
  concerts: number;
  mixesWithConcerts: number;
  /** Concerts of the listener's own top artists in range and radius that the answer misses. */
  ownMissed: number;
  ownFound: number;
  discoveries: { placed: number; fitting: number };
  tributeOrCancelled: number;
}

/** The demo's own pipeline against a sandbox, as `npm run demo` wires it (a Spotify app registered today). */
export function demoPipeline(sandbox: Sandbox): Pipeline {
  const env = z.object(VENDOR_ENV).parse({
    SPOTIFY_API_URL: `${sandbox.url}/spotify/v1`,
    TICKETMASTER_API_KEY: "sandbox-ticketmaster-key",
    TICKETMASTER_URL: `${sandbox.url}/ticketmaster/discovery/v2`,
    DEEZER_URL: `${sandbox.url}/deezer`,
    RECCOBEATS_URL: `${sandbox.url}/reccobeats/v1`,
  });
  const shared = new SharedLoader(new MemoryCache(200_000));
  return createPipeline(createCapabilities(env, { shared, timeoutMs: 10_000, retries: 2, rateWindowMs: 30_000 }), shared);
}

/**
 * Every demo listener in every big demo city, each search on a cold server of its own (what a fan
 * sees the first time anyone searches their city), `parallel` searches at a time.
 */
export async function measureReach(sandbox: Sandbox, settings = PAGE_DEFAULTS, parallel = 8): Promise<SearchReach[]> {
  const catalog = sandbox.catalog;
  const genreOf = new Map(catalog.artists.map((a) => [a.id, a.genre]));
  const tm = ticketmasterListing(catalog);
  const searches = PERSONAS.flatMap((persona) => BIG_DEMO_CITIES.map((cityName) => ({ persona, cityName })));
  const out: SearchReach[] = [];
  for (let i = 0; i < searches.length; i += parallel) {
    const batch = searches.slice(i, i + parallel).map(async ({ persona, cityName }) => {
      const city = catalog.cities.find((c) => c.name === cityName)!;
      const place = { latitude: city.latitude, longitude: city.longitude };
      const range = { begin: catalog.today, end: addDays(catalog.today, settings.days - 1) };
      const token = sandbox.issueToken(persona.id).access_token;
      const result = await getBins(demoPipeline(sandbox), { spotifyToken: token, timeRange: "medium_term" }, {
        nTop: settings.topArtists,
        nSimilar: settings.similarArtists,
        taste: "whole",
        discoveries: true,
        place,
        radiusKm: settings.radiusKm,
        range,
      });
      return judge(result, persona.id, cityName, { genreOf, tm, place, range, radiusKm: settings.radiusKm, catalog });
    });
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

function judge(
  result: BinsResult,
  listener: string,
  city: string,
  ctx: { genreOf: Map<string, string>; tm: ReturnType<typeof ticketmasterListing>; place: { latitude: number; longitude: number }; range: { begin: string; end: string }; radiusKm: number; catalog: Sandbox["catalog"] },
): SearchReach {
  const homes = result.reach!.homes;
  // The listener's own top artists (their whole taste: every artist user-top-read names).
  const profile = ctx.catalog.listeners.find((l) => l.id === listener)!;
  const own = new Set([...Object.values(profile.topArtistIds).flat()]);
  const tracksById = new Map(ctx.catalog.tracks.map((t) => [t.id, t]));
  for (const id of Object.values(profile.topTrackIds).flat()) {
    const artist = tracksById.get(id)?.artistId;
    if (artist) own.add(artist);
  }
  // Every Ticketmaster listing of an own artist in range and radius, not cancelled: all must be in the answer.
  const expected = ctx.tm.filter(
    (e) =>
      e.status !== "cancelled" &&
      e.segment === "Music" &&
      e.localDate >= ctx.range.begin &&
      e.localDate <= ctx.range.end &&
      e.attractions.some((a) => a.artistId && own.has(a.artistId)) &&
      distanceKm(ctx.place, { latitude: Number(e.venue.latitude), longitude: Number(e.venue.longitude) }) <= ctx.radiusKm,
  );
  const found = new Set([...homes.keys()]);
  const ownMissed = expected.filter((e) => !found.has(`ticketmaster:${e.id}`)).length;

  let placed = 0;
  let fitting = 0;
  result.mixes.forEach((mix) => {
    const genres = new Map<string, number>();
    for (const a of mix.artists) genres.set(ctx.genreOf.get(a.id) ?? "?", (genres.get(ctx.genreOf.get(a.id) ?? "?") ?? 0) + 1);
    const common = new Set([...genres].filter(([, n]) => n >= mix.artists.length / 4).map(([g]) => g));
    for (const d of mix.discoveries) {
      placed++;
      if (common.has(ctx.genreOf.get(d.artist.id) ?? "")) fitting++;
    }
  });
  const tmById = new Map(ctx.tm.map((e) => [`ticketmaster:${e.id}`, e]));
  const tributeOrCancelled = [...homes.keys()].filter((key) => {
    const e = tmById.get(key);
    return e !== undefined && (e.kind === "tribute" || e.kind === "non-music" || e.status === "cancelled");
  }).length;
  return {
    listener,
    city,
    concerts: homes.size,
    mixesWithConcerts: result.mixes.length,
    ownMissed,
    ownFound: expected.length - ownMissed,
    discoveries: { placed, fitting },
    tributeOrCancelled,
  };
}

export function summarize(rows: SearchReach[]) {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const placed = rows.reduce((s, r) => s + r.discoveries.placed, 0);
  const fitting = rows.reduce((s, r) => s + r.discoveries.fitting, 0);
  return {
    searches: rows.length,
    medianConcerts: median(rows.map((r) => r.concerts)),
    medianMixes: median(rows.map((r) => r.mixesWithConcerts)),
    empty: rows.filter((r) => r.concerts === 0).length,
    ownMissed: rows.reduce((s, r) => s + r.ownMissed, 0),
    ownFound: rows.reduce((s, r) => s + r.ownFound, 0),
    discoveriesPlaced: placed,
    genreFit: placed ? fitting / placed : 1,
    tributeOrCancelled: rows.reduce((s, r) => s + r.tributeOrCancelled, 0),
  };
}
