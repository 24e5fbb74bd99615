import type { AreaConcert, AreaSearch, Artist, AudioFeatures, ListenerArtist, SoundProfile, Track } from "@/lib/domain/types";
import { meanProfile, profileVector, standardizer } from "@/lib/cluster/feature-vectors";
import { mixReaches, placeSound, type MixSounds } from "@/lib/cluster/placement";
import { TTL } from "@/lib/cache/ttl";
import { normalizeArtistName } from "@/lib/text/artist-names";
import { isTributeAct } from "@/lib/text/tribute-acts";
import type { ArtistSound } from "./artist-sounds";
import { fillMissing, firstServing } from "./chain";
import { concertsOf, inSearch, type AreaListings, type NearbyConcert } from "./concerts";
import type { Mix } from "./mixes";
import type { Pipeline, RequestState } from "./pipeline";
import { sourceOrder, Warnings } from "./warnings";

// Discoveries: the performers of the area's music events whom the listener does not know yet,
// described by their sound and placed in the mix whose artists they sound most like. An artist's
// sound is public data: cached by artist, so a city's performers are described once per cache
// lifetime for every listener there. Nothing about the listener is cached.

/** New performers looked up per request, the most promising first; the rest wait for a later search. */
export const DISCOVERY_LOOKUPS = 40;
/** Tracks that describe a performer's sound (their most popular first). */
const SOUND_TRACKS = 5;

/** A performer from the area's listings, placed in one of the listener's mixes by sound. */
export interface Discovery {
  artist: Artist;
  /** The mix it joins (index into the mixes given). */
  mix: number;
  /** The mix's artists it sounds most like, nearest first. */
  soundsLike: ListenerArtist[];
  /** How far its sound is from theirs (lower is closer). */
  distance: number;
  /** Its concerts in the search's dates and radius. */
  concerts: NearbyConcert[];
}

export interface DiscoveryOutcome {
  discoveries: Discovery[];
  /** Performers described this time, from the cache or newly looked up. */
  described: number;
  /** Performers left for a later search (the per-request cap was reached). */
  waiting: number;
}

/** What the cache keeps about a performer: who they are on Spotify and how they sound (null: no tracks with features). */
export interface PerformerSound {
  artist: Artist;
  profile: SoundProfile | null;
}

export interface Candidate {
  /** The listing's Spotify id, when it links one. */
  spotifyId: string | null;
  name: string;
  concerts: AreaConcert[];
  genres: Set<string>;
}

const performerKey = (name: string) => `performer:${normalizeArtistName(name)}`;
const soundKey = (id: string) => `sound:${id}`;

/**
 * The area's performers the listener does not know, most promising first: those whose listings are
 * filed under a genre of the listener's own concerts, then those with more shows, then the soonest.
 * Tribute acts are left out (they are not new music), and so is anyone already in the listener's set.
 */
function candidatesOf(area: AreaListings, search: AreaSearch, own: ListenerArtist[]): Candidate[] {
  const ownIds = new Set(own.map((a) => a.id));
  const ownNames = new Set(own.map((a) => normalizeArtistName(a.name)));
  const isOwn = (p: AreaConcert["performers"][number]) => (p.spotifyId !== null && ownIds.has(p.spotifyId)) || ownNames.has(normalizeArtistName(p.name));
  const nearby = inSearch(area.concerts, search).map((n) => n.concert);
  const ownGenres = new Set(nearby.filter((c) => c.performers.some(isOwn)).flatMap((c) => c.genres.map((g) => g.toLowerCase())));

  const byKey = new Map<string, Candidate>();
  for (const concert of nearby) {
    for (const performer of concert.performers) {
      if (isOwn(performer) || isTributeAct(performer.name)) continue;
      const key = performer.spotifyId ?? normalizeArtistName(performer.name);
      const candidate = byKey.get(key) ?? { spotifyId: performer.spotifyId, name: performer.name, concerts: [], genres: new Set<string>() };
      if (!candidate.concerts.includes(concert)) candidate.concerts.push(concert);
      concert.genres.forEach((g) => candidate.genres.add(g.toLowerCase()));
      byKey.set(key, candidate);
    }
  }
  const fits = (c: Candidate) => [...c.genres].some((g) => ownGenres.has(g));
  return [...byKey.values()].sort(
    (a, b) =>
      Number(fits(b)) - Number(fits(a)) ||
      b.concerts.length - a.concerts.length ||
      a.concerts[0]!.datetime.localeCompare(b.concerts[0]!.datetime) ||
      a.name.localeCompare(b.name),
  );
}

/**
 * Each mix's artists' sounds, in a space scaled by all the music at hand: the listener's artists
 * and the area's performers (scaled by the listener's artists alone, what sets their genres apart
 * would be stretched, and an outsider would seem near whatever it is not).
 */
function mixSpace(mixes: Mix[], sounds: Map<string, ArtistSound>, performers: SoundProfile[]) {
  const heard = mixes.map((mix) => mix.artists.filter((a) => sounds.get(a.id)?.profile));
  const toVector = standardizer([...heard.flat().map((a) => profileVector(sounds.get(a.id)!.profile!)), ...performers.map(profileVector)]);
  const space: MixSounds[] = heard.map((artists) => ({ members: artists.map((a) => toVector(profileVector(sounds.get(a.id)!.profile!))) }));
  return { heard, toVector, space, reach: mixReaches(space) };
}

/** The area's performers described by their sound, ready to be placed once the listener's mixes exist. */
export interface DescribedPerformers {
  area: AreaListings;
  described: { candidate: Candidate; sound: PerformerSound }[];
  waiting: number;
}

/**
 * Describe the area's performers the listener does not know by their sound: from the cache, or
 * looked up (the most promising `DISCOVERY_LOOKUPS` new ones). It needs only the listings and the
 * listener's own artists, so it runs beside the listener's own chain. A performer is matched to
 * Spotify by the listing's link or by an exact (normalised) name match with no rival; unknown or
 * ambiguous names are skipped, never guessed. Failures cost only discoveries, summed up in one
 * warning. Never rejects.
 */
export async function describePerformers(
  pipeline: Pipeline,
  state: RequestState,
  input: { area: AreaListings; search: AreaSearch; own: ListenerArtist[] },
): Promise<DescribedPerformers> {
  const candidates = candidatesOf(input.area, input.search, input.own);
  // The discovery look-ups keep their own account, so a failure here is one warning, not one per performer.
  const quiet: RequestState = { ...state, warnings: new Warnings(sourceOrder(pipeline)) };

  const ids = await knownIds(pipeline, candidates);
  const cachedSounds = await pipeline.shared.peek<PerformerSound>(ids.map((id) => (id ? soundKey(id) : "")));
  const known: { candidate: Candidate; sound: PerformerSound }[] = [];
  const fresh: Candidate[] = [];
  let waiting = 0;
  candidates.forEach((candidate, i) => {
    const sound = cachedSounds[i];
    if (ids[i] === null || sound) {
      if (sound) known.push({ candidate, sound });
    } else if (fresh.length < DISCOVERY_LOOKUPS) fresh.push(candidate);
    else waiting++;
  });
  const looked = await lookUp(pipeline, quiet, fresh);
  summarizeFailures(quiet.warnings, state.warnings);
  return { area: input.area, described: [...known, ...looked], waiting };
}

/**
 * Place the described performers in the listener's mixes: each in the mix whose artists it sounds
 * most like, when it is within that mix's reach and (where the listings say what music it is) a
 * genre the mix's own listings share; the listener's own artists (similar ones included) are not
 * discoveries.
 */
export function placeDiscoveries(
  found: DescribedPerformers,
  input: { search: AreaSearch; artists: ListenerArtist[]; mixes: Mix[]; sounds: Map<string, ArtistSound> },
): DiscoveryOutcome {
  const { described } = found;
  const mixGenres = input.mixes.map((mix) => commonGenres(mix.artists.map((a) => concertsOf(found.area.index, a))));
  const { heard, toVector, space, reach } = mixSpace(input.mixes, input.sounds, described.flatMap(({ sound }) => sound.profile ?? []));
  const listenerIds = new Set(input.artists.map((a) => a.id));
  const discoveries: Discovery[] = [];
  for (const { candidate, sound } of described) {
    if (!sound.profile || listenerIds.has(sound.artist.id)) continue;
    const fits = (mix: number) => mixGenres[mix]!.size === 0 || candidate.genres.size === 0 || [...candidate.genres].some((g) => mixGenres[mix]!.has(g));
    const placed = placeSound(space, reach, toVector(profileVector(sound.profile)), fits);
    if (!placed) continue;
    discoveries.push({
      artist: sound.artist,
      mix: placed.mix,
      soundsLike: placed.nearest.map((i) => heard[placed.mix]![i]!),
      distance: placed.distance,
      concerts: inSearch(candidate.concerts, input.search),
    });
  }
  discoveries.sort((a, b) => a.distance - b.distance || a.artist.name.localeCompare(b.artist.name));
  return { discoveries, described: described.length, waiting: found.waiting };
}

/** Each candidate's Spotify id where already known (a link, or a cached name match); null for a name known to match nobody. */
async function knownIds(pipeline: Pipeline, candidates: Candidate[]): Promise<(string | null | undefined)[]> {
  const byName = await pipeline.shared.peek<Artist | null>(candidates.map((c) => performerKey(c.name)));
  return candidates.map((c, i) => c.spotifyId ?? (byName[i] === undefined ? undefined : (byName[i]?.id ?? null)));
}

/** Who a performer is on Spotify: the listing's link, or the one artist whose name is the same (null when none, or several). */
function spotifyArtistOf(pipeline: Pipeline, state: RequestState, candidate: Candidate): Promise<Artist | null> {
  if (candidate.spotifyId) return Promise.resolve({ id: candidate.spotifyId, name: candidate.name, genres: [], imageUrl: null });
  return pipeline.shared.load(performerKey(candidate.name), TTL.artistSearch, async () => {
    const matches = await pipeline.artistSearch.findArtists(state.listener.spotifyToken, candidate.name);
    return new Set(matches.map((a) => a.id)).size === 1 ? matches[0]! : null;
  });
}

/** Look new performers up: who they are, their tracks, then every track's features in shared batches. */
async function lookUp(pipeline: Pipeline, state: RequestState, fresh: Candidate[]): Promise<{ candidate: Candidate; sound: PerformerSound }[]> {
  const found = await Promise.all(
    fresh.map(async (candidate) => {
      const artist = await spotifyArtistOf(pipeline, state, candidate).catch(() => null);
      if (!artist) return null;
      const tracks = await firstServing(pipeline.artistTracks, "artist_tracks", state, artist.name, (source) =>
        source.tracksOf(state.listener, { ...artist, flag: "related", relatedTo: [] }),
      );
      return { candidate, artist, tracks: tracks.slice(0, SOUND_TRACKS) };
    }),
  );
  const described = found.filter((f): f is { candidate: Candidate; artist: Artist; tracks: Track[] } => f !== null);
  const trackIds = described.flatMap((d) => d.tracks.map((t) => t.id));
  const { found: features, failed } = trackIds.length
    ? await fillMissing(pipeline.trackFeatures, "track_features", state, trackIds, (source, missing) => source.featuresOf(state.listener, missing))
    : { found: new Map<string, AudioFeatures>(), failed: undefined };
  const looked = described.map(({ candidate, artist, tracks }) => {
    const heard = tracks.flatMap((t) => features.get(t.id) ?? []);
    return { candidate, sound: { artist, profile: heard.length ? meanProfile(heard) : null } };
  });
  if (failed) {
    const unheard = looked.filter(({ sound }) => !sound.profile).map(({ sound }) => sound.artist.name);
    state.warnings.addFailure("track_features", failed.culprit, failed.error, ...unheard);
  }
  // A sound missing because a source failed is not cached: it is looked up again next time.
  const heard = looked.filter(({ sound }) => sound.profile || !failed);
  await pipeline.shared.remember(
    heard.map(({ sound }) => [soundKey(sound.artist.id), sound] as [string, PerformerSound]),
    TTL.artistSound,
  );
  return looked;
}

/** Discovery look-ups that failed cost only discoveries: one note saying which source and how many. */
function summarizeFailures(quiet: Warnings, warnings: Warnings): void {
  const failed = quiet.list().filter((w) => w.code !== "source_fallback" && w.subjects?.length);
  if (failed.length === 0) return;
  const names = [...new Set(failed.flatMap((w) => w.subjects ?? []))];
  warnings.note({
    code: "discoveries_incomplete",
    source: failed[0]!.source,
    message: `${names.length} performer${names.length === 1 ? "" : "s"} nearby could not be looked up this time, so they are not among the discoveries; your own artists' concerts are all here.`,
    subjects: names,
  });
}

/** The genres (lower case) that at least a quarter of a mix's artists with listings are filed under. */
function commonGenres(listingsByArtist: AreaConcert[][]): Set<string> {
  const listed = listingsByArtist.filter((l) => l.length > 0);
  const counts = new Map<string, number>();
  for (const listings of listed) for (const g of new Set(listings.flatMap((c) => c.genres.map((x) => x.toLowerCase())))) counts.set(g, (counts.get(g) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= listed.length / 4).map(([g]) => g));
}
