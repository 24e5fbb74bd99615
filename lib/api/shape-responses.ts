import "server-only";
import type { BinOut, ConcertOut, GetBinsResponse, MixConcertOut, TrackFeaturesResponse, UserArtistsResponse } from "@/lib/validations/responses";
import type { ListenerArtist } from "@/lib/domain/types";
import type { PipelineWarning } from "@/lib/domain/capabilities";
import type { AreaConcert, Concert } from "@/lib/domain/types";
import type { BinsResult, ConcertsListener, MixWithConcerts } from "@/lib/pipeline/get-bins";
import type { NearbyConcert } from "@/lib/pipeline/concerts";
import type { Discovery } from "@/lib/pipeline/discoveries";
import { showKey } from "@/lib/pipeline/show-homes";
import { joinNames } from "@/lib/text/join-names";
import type { TrackWithFeatures } from "@/lib/pipeline/track-features";

// Pipeline results → the original API's JSON (plus our additions beside it).

const round = (km: number) => Math.round(km * 10) / 10;

type Sources = BinsResult["sources"];

export function shapeUserArtists(artists: ListenerArtist[], warnings: PipelineWarning[], sources: Sources): UserArtistsResponse {
  return { users_artists: artists.map(({ id, name, genres, flag }) => ({ id, name, genres, flag })), warnings, sources };
}

export function shapeTrackFeatures(rows: TrackWithFeatures[], warnings: PipelineWarning[], sources: Sources): TrackFeaturesResponse {
  return {
    sources,
    audio_features: rows.map(({ artist, track, features }) => ({
      ...features,
      artist_name: artist.name,
      artist_id: artist.id,
      track_name: track.name,
      flag: artist.flag,
    })),
    warnings,
  };
}

export function shapeBins(result: BinsResult, demo: boolean): GetBinsResponse {
  const { reach } = result;
  const bins = result.mixes.map((mix, id) => shapeBin(mix, id, reach?.homes));
  const answer: GetBinsResponse = { user_bins: bins, warnings: result.warnings, sources: result.sources, demo_data: demo };
  if (!reach) return answer; // the original API's requests answer as they always did
  return {
    ...answer,
    concerts: bins
      .flatMap((bin) => bin.mix_concerts.map((c) => ({ ...c, bin_id: bin.id })))
      .sort((a, b) => a.date.localeCompare(b.date) || a.distance_km - b.distance_km || a.concert_id.localeCompare(b.concert_id)),
    taste: {
      depth: reach.depth,
      my_artists: reach.ownArtists,
      similar_artists: reach.similarArtists,
      discoveries: reach.discoveries,
    },
  };
}

function shapeBin(mix: MixWithConcerts, id: number, homes: Map<string, number> | undefined): BinOut {
  const bin: BinOut = {
    id,
    bin_reason: mix.artists.map((a) => ({
      band_name: a.name,
      band_spotify_id: a.id,
      band_flag: a.flag,
      related_to: a.relatedTo,
      photo: a.imageUrl,
    })),
    concerts: mix.artists.map((artist, i) => mix.concerts[i]!.concerts.map((c) => shapeConcert(artist, c))),
    mix_name: mix.name,
    mix_basis: mix.basis,
    mix_reason: mix.reason,
    sound_profile: mix.profile,
    mix_concerts: homes ? homedShows(mix, id, homes) : flatConcerts(mix),
  };
  return homes ? { ...bin, discoveries: mix.discoveries.map(shapeDiscovery) } : bin;
}

/** "Sounds like X and Y in this mix". */
function reasonOf(d: Discovery): string {
  return `Sounds like ${joinNames(d.soundsLike.map((a) => a.name))} in this mix`;
}

function shapeDiscovery(d: Discovery): NonNullable<BinOut["discoveries"]>[number] {
  return {
    name: d.artist.name,
    spotify_id: d.artist.id,
    photo: d.artist.imageUrl,
    sounds_like: d.soundsLike.map(({ id, name }) => ({ id, name })),
    reason: reasonOf(d),
  };
}

type ShowArtist = MixConcertOut["artists"][number];

/**
 * The shows whose one home is this mix, each once with everyone on its bill the listener knows or
 * might discover: the listener's artists' shows by date first, then the discoveries' shows, closest first.
 */
function homedShows(mix: MixWithConcerts, index: number, homes: Map<string, number>): MixConcertOut[] {
  const shows = new Map<string, { show: MixConcertOut; known: boolean; closeness: number }>();
  const add = ({ concert, distanceKm }: NearbyConcert, who: ShowArtist, known: boolean, closeness: number) => {
    const key = showKey(concert);
    if (homes.get(key) !== index) return;
    const entry = shows.get(key);
    if (entry) {
      if (!entry.show.artists.some((a) => a.spotify_id === who.spotify_id)) entry.show.artists.push(who);
      entry.known ||= known;
      entry.closeness = Math.min(entry.closeness, closeness);
      return;
    }
    shows.set(key, { show: withAdditions(showOut(concert, distanceKm, who), concert), known, closeness });
  };
  mix.artists.forEach((artist, i) => {
    for (const nearby of mix.concerts[i]!.concerts) add(nearby, artistOut(artist), true, 0);
  });
  for (const d of mix.discoveries) for (const nearby of d.concerts) add(nearby, discoveryOut(d), false, d.distance);
  return [...shows.values()]
    .sort((a, b) => Number(b.known) - Number(a.known) || (a.known ? byDate(a.show, b.show) : a.closeness - b.closeness || byDate(a.show, b.show)))
    .map((s) => s.show);
}

/** Concerts found so far (streamed before mixes exist): each show with who brings it. */
export function shapeFound(found: Parameters<ConcertsListener>[0]): MixConcertOut[] {
  if ("artist" in found) return found.concerts.map(({ concert, distanceKm }) => withAdditions(showOut(concert, distanceKm, artistOut(found.artist)), concert));
  const d = found.discovery;
  return d.concerts.map(({ concert, distanceKm }) => withAdditions(showOut(concert, distanceKm, discoveryOut(d)), concert));
}

/** Our additions to a show (only with the whole taste or discoveries, and on the stream): genres, status, prices, time zone. */
const withAdditions = (show: MixConcertOut, concert: Concert): MixConcertOut => ({
  ...show,
  genres: (concert as Partial<AreaConcert>).genres ?? [],
  ...(concert.status ? { status: concert.status } : {}),
  ...(concert.priceRange ? { price_range: concert.priceRange } : {}),
  ...(concert.timezone ? { timezone: concert.timezone } : {}),
});

const discoveryOut = (d: Discovery): ShowArtist => ({
  name: d.artist.name,
  spotify_id: d.artist.id,
  band_flag: "discovery",
  photo: d.artist.imageUrl,
  sounds_like: d.soundsLike.map(({ id, name }) => ({ id, name })),
  reason: reasonOf(d),
});

const byDate = (a: MixConcertOut, b: MixConcertOut) => a.date.localeCompare(b.date) || a.distance_km - b.distance_km;

const artistOut = (artist: ListenerArtist): ShowArtist => ({ name: artist.name, spotify_id: artist.id, band_flag: artist.flag, photo: artist.imageUrl });

/** A show on its own (its page): no listener, so no artists of theirs and no distance. */
export const shapeShow = (concert: Concert): MixConcertOut => withAdditions(showOut(concert, 0, null), concert);

function showOut(concert: Concert, distanceKm: number, who: ShowArtist | null): MixConcertOut {
  return {
    concert_id: concert.id,
    source: concert.source,
    date: concert.datetime,
    title: concert.title,
    description: concert.description,
    url: concert.url,
    offers: concert.offers,
    lineup: concert.lineup,
    venue: concert.venue,
    distance_km: round(distanceKm),
    artists: who ? [who] : [],
  };
}

function shapeConcert(artist: ListenerArtist, { concert, distanceKm }: NearbyConcert): ConcertOut {
  return {
    name: artist.name,
    photo: artist.imageUrl,
    artist_id: concert.sourceArtistId,
    spotify_id: artist.id,
    concert_id: concert.id,
    date: concert.datetime,
    description: concert.description,
    offers: concert.offers,
    venue: concert.venue,
    distance_km: round(distanceKm),
    lineup: concert.lineup,
    url: concert.url,
    source: concert.source,
    flag: artist.flag,
  };
}

/** Every show of the mix once, naming all of the listener's artists on its bill, by date then distance. */
function flatConcerts(mix: MixWithConcerts): MixConcertOut[] {
  const shows = new Map<string, MixConcertOut>();
  mix.artists.forEach((artist, i) => {
    for (const { concert, distanceKm } of mix.concerts[i]!.concerts) {
      const key = showKey(concert);
      const known = shows.get(key);
      if (known) known.artists.push(artistOut(artist));
      else shows.set(key, showOut(concert, distanceKm, artistOut(artist)));
    }
  });
  return [...shows.values()].sort(byDate);
}
