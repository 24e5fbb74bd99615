import type { Artist } from "@/lib/domain/types";
import type { Capabilities } from "@/lib/domain/ports";
import { normalizeArtistName } from "@/lib/text/artist-names";

// The artists a listener types or pastes, matched to Spotify artists carefully: by exact normalised
// name only (accents, case, "&"/"and", a leading "The" and punctuation aside), every artist of that
// name shown, so the listener sees a wrong or ambiguous match and drops it. What they typed is theirs
// alone: searched with the app's token and kept nowhere, not even in the public cache.

export interface NameMatch {
  /** As the listener typed it. */
  name: string;
  /** Spotify artists of exactly that name, Spotify's best match first: none, one, or several (ambiguous). */
  artists: Artist[];
}

/** Each distinct name (once normalised) with its matches, in the listener's order. */
export async function matchListedNames(caps: Capabilities, appToken: string, names: readonly string[]): Promise<NameMatch[]> {
  const distinct = new Map<string, string>();
  for (const name of names) if (!distinct.has(normalizeArtistName(name))) distinct.set(normalizeArtistName(name), name.trim());
  return matchEach(caps, appToken, [...distinct.values()]);
}

async function matchEach(caps: Capabilities, appToken: string, distinct: string[]): Promise<NameMatch[]> {
  const found = await Promise.allSettled(distinct.map((name) => caps.artistSearch.findArtistsUncached(appToken, name)));
  const failed = found.filter((f): f is PromiseRejectedResult => f.status === "rejected");
  if (failed.length > 0) throw failed[0]!.reason; // the listener should see every match or be asked to try again
  return distinct.map((name, i) => ({ name, artists: (found[i] as PromiseFulfilledResult<Artist[]>).value }));
}

/** The artists behind the ids a listener confirmed (public data, by id), in their order; unknown ids left out. */
export async function listedArtists(caps: Capabilities, appToken: string, ids: readonly string[]): Promise<Artist[]> {
  const found = await Promise.all(ids.map((id) => caps.artistSearch.artistById(appToken, id)));
  return found.filter((a): a is Artist => a !== null);
}
