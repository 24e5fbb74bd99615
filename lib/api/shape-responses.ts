import "server-only";
import type { BinOut, ConcertOut, GetBinsResponse, MixConcertOut, TrackFeaturesResponse, UserArtistsResponse } from "@/lib/validations/responses";
import type { ListenerArtist } from "@/lib/domain/types";
import type { PipelineWarning } from "@/lib/domain/capabilities";
import type { BinsResult, MixWithConcerts } from "@/lib/pipeline/get-bins";
import type { NearbyConcert } from "@/lib/pipeline/concerts";
import type { TrackWithFeatures } from "@/lib/pipeline/track-features";

// Pipeline results → the original API's JSON (plus our additions beside it).

const round = (km: number) => Math.round(km * 10) / 10;

type Sources = BinsResult["sources"];

export function shapeUserArtists(artists: ListenerArtist[], warnings: PipelineWarning[], sources: Sources): UserArtistsResponse {
  return { users_artists: artists.map(({ id, name, genres }) => ({ id, name, genres })), warnings, sources };
}

export function shapeTrackFeatures(rows: TrackWithFeatures[], warnings: PipelineWarning[], sources: Sources): TrackFeaturesResponse {
  return {
    sources,
    audio_features: rows.map(({ artist, track, features }) => ({
      ...features,
      artist_name: artist.name,
      artist_id: artist.id,
      track_name: track.name,
    })),
    warnings,
  };
}

export function shapeBins(result: BinsResult, demo: boolean): GetBinsResponse {
  return { user_bins: result.mixes.map(shapeBin), warnings: result.warnings, sources: result.sources, demo_data: demo };
}

function shapeBin(mix: MixWithConcerts, id: number): BinOut {
  return {
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
    mix_concerts: flatConcerts(mix),
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
  };
}

/** Every show of the mix once, naming all of the listener's artists on its bill, by date then distance. */
function flatConcerts(mix: MixWithConcerts): MixConcertOut[] {
  const shows = new Map<string, MixConcertOut>();
  mix.artists.forEach((artist, i) => {
    for (const { concert, distanceKm } of mix.concerts[i]!.concerts) {
      const key = `${concert.source}:${concert.id}`;
      const who = { name: artist.name, spotify_id: artist.id, band_flag: artist.flag, photo: artist.imageUrl };
      const known = shows.get(key);
      if (known) {
        known.artists.push(who);
        continue;
      }
      shows.set(key, {
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
        artists: [who],
      });
    }
  });
  return [...shows.values()].sort((a, b) => a.date.localeCompare(b.date) || a.distance_km - b.distance_km);
}
