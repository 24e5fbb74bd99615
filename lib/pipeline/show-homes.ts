import type { Concert, ListenerArtist } from "@/lib/domain/types";
import type { Discovery } from "./discoveries";
import type { Mix } from "./mixes";
import type { ArtistConcerts } from "./concerts";

// With the whole taste, a show appears once: in the one mix it fits best. The listener's own
// artists decide first (the strongest of them on the bill), then the similar artists, then the
// discovery whose sound is closest.

export const showKey = (concert: Concert) => `${concert.source}:${concert.id}`;

/** Who brings a show into a mix, strongest claim first. */
interface Claim {
  mix: number;
  /** Lower wins: own artists by their rank, then similar artists, then discoveries by closeness. */
  weight: number;
}

/** For each show, the mix it belongs to (by index into `mixes`). */
export function showHomes(mixes: Mix[], concertsOf: (artist: ListenerArtist) => ArtistConcerts, discoveries: Discovery[], listenerOrder: ListenerArtist[]): Map<string, number> {
  const rank = new Map(listenerOrder.map((a, i) => [a.id, i]));
  const best = new Map<string, Claim>();
  const claim = (concert: Concert, c: Claim) => {
    const key = showKey(concert);
    const known = best.get(key);
    if (!known || c.weight < known.weight || (c.weight === known.weight && c.mix < known.mix)) best.set(key, c);
  };
  mixes.forEach((mix, index) => {
    // The listener's order puts their own artists before the similar ones.
    for (const artist of mix.artists) for (const { concert } of concertsOf(artist).concerts) claim(concert, { mix: index, weight: rank.get(artist.id) ?? 0 });
  });
  for (const d of discoveries) {
    for (const { concert } of d.concerts) claim(concert, { mix: d.mix, weight: listenerOrder.length + d.distance });
  }
  return new Map([...best].map(([key, c]) => [key, c.mix]));
}

/** Names fans use for a mix's music: the genres most of its shows are filed under (at most two, each on a quarter of them at least). */
export function mixGenres(shows: { genres?: string[] }[]): string[] {
  const counts = new Map<string, { name: string; n: number }>();
  for (const show of shows) {
    for (const genre of new Set(show.genres ?? [])) {
      const key = genre.toLowerCase();
      const entry = counts.get(key) ?? { name: genre, n: 0 };
      entry.n++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .filter((g) => g.n >= Math.max(1, shows.length / 4))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
    .slice(0, 2)
    .map((g) => g.name);
}
