import type { z } from "zod";
import type { Artist, AudioFeatures, TimeRange, Track } from "@/lib/domain/types";
import type { ArtistSearch, ArtistTracksSource, ListenerRequest, SimilarArtistsSource, TasteSource, TrackFeaturesSource } from "@/lib/domain/ports";
import { ListenerForbiddenError, NotSignedInError, UpstreamFailure, UpstreamRefusal } from "@/lib/domain/errors";
import { TTL } from "@/lib/cache/ttl";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { UpstreamClient, UpstreamResponse } from "@/lib/http/upstream-client";
import { isSameArtist, normalizeArtistName } from "@/lib/text/artist-names";
import {
  rawArtist,
  rawArtistSearch,
  rawAudioFeaturesList,
  rawError,
  rawRelatedArtists,
  rawTopArtists,
  rawTopTracks,
  rawTopTrackItems,
  rawTrackSearch,
} from "./raw-types";
import { reshapeArtist, reshapeTrack } from "./reshape";
import { spotifyMetadata } from "./metadata";

/** What a call asks Spotify for, in the words its messages use. */
type SpotifyCall = "top artists" | "similar artists" | "artist search" | "artist tracks" | "track features";
/** The calls a 403 or 404 refuses to our app (the ones Spotify restricts for new apps; not the listener's own data, not search). */
const REFUSABLE = new Set<SpotifyCall>(["similar artists", "artist tracks", "track features"]);
/** Spotify's restrictions for new apps, with the dates they began, in the listener's words. */
const RESTRICTED_SINCE = {
  relatedArtists: "Spotify does not share related artists with new apps (restricted since November 2024)",
  topTracks: "Spotify does not share artists' top tracks with new apps (restricted since 2026)",
  audioFeatures: "Spotify does not share audio features with new apps (restricted since November 2024)",
};

const FEATURES_BATCH = 100; // Spotify's maximum ids per /audio-features call
const SEARCH_LIMIT = 10; // the most /search gives a development-mode app per type (2026)

/** Spotify Web API as a source of taste, similar artists, tracks (top tracks) and audio features. */
export class SpotifySource implements TasteSource, SimilarArtistsSource, ArtistTracksSource, TrackFeaturesSource, ArtistSearch {
  readonly id = spotifyMetadata.id;
  readonly label = spotifyMetadata.label;

  constructor(
    private readonly apiUrl: string,
    private readonly http: UpstreamClient,
    private readonly shared: SharedLoader,
  ) {}

  /** The listener's top artists (user data: never cached or shared). */
  async topArtists(token: string, limit: number, timeRange: TimeRange): Promise<Artist[]> {
    const body = await this.get(`/me/top/artists?limit=${limit}&time_range=${timeRange}`, token, rawTopArtists, "top artists");
    return body.items.map(reshapeArtist);
  }

  /** The listener's top tracks (user data: never cached or shared). */
  async topTracks(token: string, limit: number, timeRange: TimeRange): Promise<Track[]> {
    const body = await this.get(`/me/top/tracks?limit=${limit}&time_range=${timeRange}`, token, rawTopTrackItems, "artist tracks");
    return body.items.flatMap((t) =>
      t.artists.flatMap((a) => (a.id ? [reshapeTrack(t, { id: a.id, name: a.name })] : [])),
    );
  }

  /** Artists Spotify relates to this one, most related first. */
  similarArtists(req: ListenerRequest, artist: Artist): Promise<Artist[]> {
    return this.shared.load(`spotify:related:${artist.id}`, TTL.similarArtists, async () => {
      const body = await this.get(`/artists/${artist.id}/related-artists`, req.spotifyToken, rawRelatedArtists, "similar artists", RESTRICTED_SINCE.relatedArtists);
      return body.artists.map(reshapeArtist);
    });
  }

  /** An artist's top tracks. */
  tracksOf(req: ListenerRequest, artist: Artist): Promise<Track[]> {
    return this.shared.load(`spotify:tracks:${artist.id}`, TTL.artistTracks, async () => {
      const body = await this.get(`/artists/${artist.id}/top-tracks`, req.spotifyToken, rawTopTracks, "artist tracks", RESTRICTED_SINCE.topTracks);
      return body.tracks.map((t) => reshapeTrack(t, artist));
    });
  }

  /** Spotify artists with this name (normalised), Spotify's best match first. */
  findArtists(token: string, name: string): Promise<Artist[]> {
    return this.shared.load(`spotify:artist-search:${normalizeArtistName(name)}`, TTL.artistSearch, () => this.findArtistsUncached(token, name));
  }

  /** The same search, kept nowhere: for names a listener typed. */
  async findArtistsUncached(token: string, name: string): Promise<Artist[]> {
    const body = await this.get(`/search?${searchQuery(`artist:"${name.replaceAll('"', "")}"`, "artist")}`, token, rawArtistSearch, "artist search");
    return body.artists.items.filter((a) => isSameArtist(a.name, name)).map(reshapeArtist);
  }

  /** An artist by id (public data, cached by id); null when Spotify has none. */
  artistById(token: string, id: string): Promise<Artist | null> {
    return this.shared.load(`spotify:artist:${id}`, TTL.artistSearch, async () => {
      const res = await this.http.request(`${this.apiUrl}/artists/${encodeURIComponent(id)}`, { headers: { Authorization: `Bearer ${token}` } });
      if (res.status === 404 || res.status === 400) return null;
      return reshapeArtist(await this.read(res, rawArtist, "artist search"));
    });
  }

  /** An artist's tracks found by searching (at most 10 in development mode), for apps refused top tracks. */
  searchTracks(token: string, artist: Artist): Promise<Track[]> {
    return this.shared.load(`spotify:track-search:${artist.id}`, TTL.artistTracks, async () => {
      const body = await this.get(`/search?${searchQuery(`artist:"${artist.name.replaceAll('"', "")}"`, "track")}`, token, rawTrackSearch, "artist tracks");
      return body.tracks.items.filter((t) => t.artists.some((a) => a.id === artist.id)).map((t) => reshapeTrack(t, artist));
    });
  }

  /** Audio features by track id (null where Spotify has none); failed batches are reported in `errors`. */
  featuresOf(req: ListenerRequest, trackIds: string[]) {
    const token = req.spotifyToken;
    return this.shared.loadMany<AudioFeatures>(
      trackIds,
      (id) => `spotify:features:${id}`,
      TTL.trackFeatures,
      FEATURES_BATCH,
      async (ids) => {
        const body = await this.get(`/audio-features?ids=${ids.join(",")}`, token, rawAudioFeaturesList, "track features", RESTRICTED_SINCE.audioFeatures);
        const found = new Map<string, AudioFeatures | null>();
        for (const f of body.audio_features) if (f) found.set(f.id, f); // already our type: the public API passes Spotify's object on as is
        return found;
      },
    );
  }

  /** `restrictedSince`: for the endpoints Spotify restricted for new apps, the story a refusal tells the listener. */
  private async get<S extends z.ZodType>(path: string, token: string, schema: S, call: SpotifyCall, restrictedSince?: string): Promise<z.infer<S>> {
    return this.read(await this.http.request(this.apiUrl + path, { headers: { Authorization: `Bearer ${token}` } }), schema, call, restrictedSince);
  }

  private read<S extends z.ZodType>(res: UpstreamResponse, schema: S, call: SpotifyCall, restrictedSince?: string): z.infer<S> {
    if (res.status >= 200 && res.status < 300) {
      const parsed = schema.safeParse(res.body);
      if (parsed.success) return parsed.data;
      throw new UpstreamFailure(this, "malformed", `Spotify sent an unexpected answer for ${call}`, res.status);
    }
    const message = rawError.safeParse(res.body).data?.error.message;
    if (res.status === 401) {
      throw new NotSignedInError(`Spotify rejected the access token${message ? `: ${message}` : ""}. Sign in again.`);
    }
    if (call === "top artists" && res.status === 403) {
      const why = message && /scope/i.test(message)
        ? "The access token must be granted the user-top-read scope."
        : "Apps in Spotify's development mode only serve listeners on their allow-list.";
      throw new ListenerForbiddenError(`Spotify refused to share your top artists${message ? ` (${message})` : ""}. ${why}`);
    }
    // 403 (2026) or 404 (2024-25): what Spotify answers new apps for endpoints it restricted.
    if (REFUSABLE.has(call) && (res.status === 403 || res.status === 404)) {
      throw new UpstreamRefusal(this, "restricted", `Spotify refuses ${call} to this app (${res.status}${message ? ` ${message}` : ""})`, restrictedSince);
    }
    throw new UpstreamFailure(this, "server_error", `Spotify answered ${res.status} for ${call}${message ? `: ${message}` : ""}`, res.status);
  }
}

function searchQuery(q: string, type: "artist" | "track"): string {
  return `q=${encodeURIComponent(q)}&type=${type}&limit=${SEARCH_LIMIT}`;
}
