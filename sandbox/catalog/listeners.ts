// Demo listeners: curated personas first (stable ids for the demo and tests), then
// listener-01 … listener-50 with overlapping genre mixes for the concurrency benchmark.

import type { CatalogArtist, CatalogListener, CatalogTrack, TimeRange } from "./types";
import { GENRES, genreByKey } from "./genres";
import { personName } from "./names";
import { type Rng, chance, gauss, pick, randFloat, randInt, shuffle } from "./random";

export interface PersonaDef {
  id: string;
  displayName: string;
  country: string;
  product: "premium" | "free";
  taste: string;
  /** Genre weights (sum ~1). */
  mix: Record<string, number>;
  /** Size of the medium_term top-artists list. */
  size: number;
}

export const PERSONAS: readonly PersonaDef[] = [
  {
    id: "demo-indie", displayName: "Iris (indie demo)", country: "NL", product: "premium",
    taste: "Indie rock at heart, with a punk streak and quiet folk evenings.",
    mix: { indie: 0.6, punk: 0.25, folk: 0.15 }, size: 50,
  },
  {
    id: "demo-techno", displayName: "Jonas (techno demo)", country: "DE", product: "premium",
    taste: "Warehouse techno, drum & bass for the commute, ambient for the morning after.",
    mix: { techno: 0.6, dnb: 0.25, ambient: 0.15 }, size: 45,
  },
  {
    id: "demo-hiphop", displayName: "Dre (hip-hop demo)", country: "US", product: "premium",
    taste: "Hip-hop first, the soul it samples second, reggaeton on weekends.",
    mix: { hiphop: 0.6, soul: 0.25, latin: 0.15 }, size: 45,
  },
  {
    id: "demo-jazz", displayName: "Nina (jazz demo)", country: "GB", product: "free",
    taste: "Late-night jazz, neo-soul and the occasional string quartet.",
    mix: { jazz: 0.6, soul: 0.2, classical: 0.2 }, size: 40,
  },
  {
    id: "demo-metal", displayName: "Ravi (metal demo)", country: "SE", product: "premium",
    taste: "Heavy metal all the way down, with punk for the pit and dark techno after.",
    mix: { metal: 0.65, punk: 0.25, techno: 0.1 }, size: 35,
  },
  {
    id: "demo-eclectic", displayName: "Sofía (eclectic demo)", country: "ES", product: "premium",
    taste: "A bit of everything: k-pop, reggaeton, country, ambient and folk.",
    mix: { kpop: 0.25, latin: 0.25, country: 0.2, ambient: 0.15, folk: 0.15 }, size: 50,
  },
  {
    id: "demo-newcomer", displayName: "Finn (new listener demo)", country: "NL", product: "free",
    taste: "Just joined: only two artists played so far.",
    mix: { indie: 0.5, kpop: 0.5 }, size: 2,
  },
];

export const GENERATED_LISTENERS = 50;
const RANGES: readonly TimeRange[] = ["short_term", "medium_term", "long_term"];
const COUNTRIES = ["NL", "DE", "GB", "US", "FR", "ES", "SE", "JP", "KR", "BR", "MX", "CA", "AU", "IT", "PL"];

/** Reorder with a little noise: items mostly keep their rank. */
function jitter<T>(rng: Rng, items: readonly T[], amount: number): T[] {
  return items
    .map((item, i) => ({ item, score: i + gauss(rng) * amount }))
    .sort((a, b) => a.score - b.score)
    .map((x) => x.item);
}

interface Ctx {
  byGenre: Map<string, CatalogArtist[]>;
  specialIds: Set<string>;
  tracksById: Map<string, CatalogTrack>;
}

/** Ordered top-artist list for a genre mix, plus the pool it was drawn from. */
function topArtistsForMix(rng: Rng, ctx: Ctx, mix: Record<string, number>, size: number, boostSpecial: boolean): { top: string[]; pool: Map<string, string[]> } {
  const genres = Object.keys(mix);
  const total = genres.reduce((s, g) => s + (mix[g] ?? 0), 0);
  const pool = new Map<string, string[]>();
  const quotas = new Map<string, number>();
  for (const g of genres) {
    const artists = ctx.byGenre.get(g) ?? [];
    // Special-name artists first (so they are exercised end to end), then by popularity with noise.
    const ordered = artists
      .map((a) => ({ a, score: (boostSpecial && ctx.specialIds.has(a.id) ? 1000 : 0) + a.popularity + gauss(rng) * 20 }))
      .sort((x, y) => y.score - x.score)
      .map((x) => x.a.id);
    pool.set(g, ordered);
    quotas.set(g, Math.min(ordered.length, Math.round(((mix[g] ?? 0) / total) * size)));
  }
  // Top up if rounding/capping left us short.
  let assigned = [...quotas.values()].reduce((a, b) => a + b, 0);
  for (const g of genres) {
    while (assigned < size && (quotas.get(g) ?? 0) < (pool.get(g)?.length ?? 0)) {
      quotas.set(g, (quotas.get(g) ?? 0) + 1);
      assigned++;
    }
  }
  while (assigned > size) {
    const g = genres.reduce((best, x) => ((quotas.get(x) ?? 0) > (quotas.get(best) ?? 0) ? x : best));
    quotas.set(g, (quotas.get(g) ?? 0) - 1);
    assigned--;
  }
  // Weighted merge: the dominant genre tends to come first.
  const chosen = new Map<string, string[]>();
  for (const g of genres) chosen.set(g, shuffle(rng, (pool.get(g) ?? []).slice(0, quotas.get(g) ?? 0)));
  const top: string[] = [];
  while (top.length < assigned) {
    const live = genres.filter((g) => (chosen.get(g)?.length ?? 0) > 0);
    const weights = live.map((g) => (mix[g] ?? 0) * (chosen.get(g)?.length ?? 0));
    let r = rng() * weights.reduce((a, b) => a + b, 0);
    let g = live[live.length - 1] as string;
    for (let i = 0; i < live.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) {
        g = live[i] as string;
        break;
      }
    }
    top.push((chosen.get(g) as string[]).shift() as string);
  }
  return { top, pool };
}

function otherRanges(rng: Rng, medium: string[], pool: Map<string, string[]>): Record<TimeRange, string[]> {
  const spare = shuffle(rng, [...pool.values()].flat().filter((id) => !medium.includes(id)));
  // long_term: same size, ~25% swapped for older favourites, gently reordered.
  const long = jitter(rng, medium, 4).map((id) => (chance(rng, 0.25) && spare.length > 0 ? (spare.shift() as string) : id));
  // short_term: a shifted, shuffled subset (~70%) plus a few new discoveries at the top.
  const keep = medium.filter(() => chance(rng, 0.7));
  const fresh = spare.splice(0, Math.min(spare.length, randInt(rng, 1, 4)));
  const short = [...fresh, ...jitter(rng, keep.slice(randInt(rng, 0, 3)), 6)].slice(0, 50);
  return { short_term: [...new Set(short)], medium_term: medium, long_term: [...new Set(long)] };
}

function topTracks(rng: Rng, ctx: Ctx, artistsById: Map<string, CatalogArtist>, topArtists: string[]): string[] {
  const out: string[] = [];
  topArtists.forEach((id, rank) => {
    const artist = artistsById.get(id);
    if (!artist) return;
    const tracks = artist.trackIds
      .map((t) => ctx.tracksById.get(t) as CatalogTrack)
      .map((t) => ({ id: t.id, score: t.popularity + gauss(rng) * 15 }))
      .sort((a, b) => b.score - a.score);
    const n = topArtists.length <= 5 ? 4 : rank < 10 ? 2 : 1;
    for (const t of tracks.slice(0, n)) out.push(t.id);
  });
  return jitter(rng, out, 3).slice(0, 50);
}

function tasteLine(mix: Record<string, number>): string {
  const ordered = Object.entries(mix).sort((a, b) => b[1] - a[1]).map(([g]) => genreByKey(g).label);
  const [first, ...rest] = ordered;
  if (rest.length === 0) return `All ${first}.`;
  const last = rest.pop() as string;
  return `Mostly ${first}, with some ${rest.length ? `${rest.join(", ")} and ` : ""}${last}.`;
}

export function buildListeners(rng: Rng, artists: CatalogArtist[], tracks: CatalogTrack[], specialIds: Set<string>): CatalogListener[] {
  const byGenre = new Map<string, CatalogArtist[]>();
  for (const a of artists) byGenre.set(a.genre, [...(byGenre.get(a.genre) ?? []), a]);
  const ctx: Ctx = { byGenre, specialIds, tracksById: new Map(tracks.map((t) => [t.id, t])) };
  const artistsById = new Map(artists.map((a) => [a.id, a]));

  const listeners: CatalogListener[] = [];
  const finish = (base: Omit<CatalogListener, "topArtistIds" | "topTrackIds">, ranges: Record<TimeRange, string[]>) => {
    const topTrackIds = {} as Record<TimeRange, string[]>;
    for (const r of RANGES) topTrackIds[r] = topTracks(rng, ctx, artistsById, ranges[r]);
    listeners.push({ ...base, topArtistIds: ranges, topTrackIds });
  };

  for (const p of PERSONAS) {
    const base = { id: p.id, displayName: p.displayName, email: `${p.id}@example.com`, country: p.country, product: p.product, taste: p.taste };
    if (p.size <= 2) {
      // The newcomer: exactly two artists in every range (a special-name one and one other).
      const [ga, gb] = Object.keys(p.mix) as [string, string];
      const a = (byGenre.get(ga) ?? []).find((x) => specialIds.has(x.id)) as CatalogArtist;
      const b = [...(byGenre.get(gb) ?? [])].sort((x, y) => y.popularity - x.popularity)[0] as CatalogArtist;
      finish(base, { short_term: [b.id, a.id], medium_term: [a.id, b.id], long_term: [a.id, b.id] });
      continue;
    }
    const { top, pool } = topArtistsForMix(rng, ctx, p.mix, p.size, true);
    finish(base, otherRanges(rng, top, pool));
  }

  const keys = GENRES.map((g) => g.key);
  for (let i = 1; i <= GENERATED_LISTENERS; i++) {
    const id = `listener-${String(i).padStart(2, "0")}`;
    const primary = keys[(i - 1) % keys.length] as string;
    const n = randInt(rng, 1, 3);
    const others: string[] = [];
    while (others.length < n) {
      const g = chance(rng, 0.5) ? pick(rng, genreByKey(primary).neighbours) : pick(rng, keys);
      if (g !== primary && !others.includes(g)) others.push(g);
    }
    const mix: Record<string, number> = { [primary]: randFloat(rng, 0.4, 0.7) };
    const rest = 1 - (mix[primary] as number);
    const w = others.map(() => randFloat(rng, 0.5, 1.5));
    const wsum = w.reduce((a, b) => a + b, 0);
    others.forEach((g, k) => (mix[g] = (rest * (w[k] ?? 1)) / wsum));
    const size = randInt(rng, 20, 50);
    const { top, pool } = topArtistsForMix(rng, ctx, mix, size, false);
    const name = personName(rng);
    finish(
      {
        id,
        displayName: name,
        email: `${id}@example.com`,
        country: pick(rng, COUNTRIES),
        product: chance(rng, 0.7) ? "premium" : "free",
        taste: tasteLine(mix),
      },
      otherRanges(rng, top, pool),
    );
  }
  return listeners;
}

