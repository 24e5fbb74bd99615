// Complete Spotify Web API objects (per the OpenAPI spec) built from catalog entries.
// hrefs point at the sandbox; external_urls point at open.spotify.com like the real API.
import type { CatalogAlbum, CatalogArtist, CatalogListener, CatalogTrack } from "../catalog/types";
import { memoJson, type SandboxContext } from "./context";

const MARKETS = ["AR", "AU", "BE", "BR", "CA", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "JP", "MX", "NL", "NO", "NZ", "PL", "PT", "SE", "US"];

export function api(ctx: SandboxContext): string {
  return `${ctx.baseUrl}/spotify/v1`;
}

export function imageObjects(ctx: SandboxContext, kind: "artist" | "album", id: string) {
  return [{ url: `${ctx.baseUrl}/images/${kind}/${id}.svg`, height: 640, width: 640 }];
}

export function simplifiedArtist(ctx: SandboxContext, a: CatalogArtist) {
  return {
    external_urls: { spotify: `https://open.spotify.com/artist/${a.id}` },
    href: `${api(ctx)}/artists/${a.id}`,
    id: a.id,
    name: a.name,
    type: "artist" as const,
    uri: `spotify:artist:${a.id}`,
  };
}

export function artistObject(ctx: SandboxContext, a: CatalogArtist) {
  const dev = ctx.knobs().spotifyDevelopmentMode;
  return {
    external_urls: { spotify: `https://open.spotify.com/artist/${a.id}` },
    ...(dev ? {} : { followers: { href: null, total: a.followers } }),
    genres: [...a.genres],
    href: `${api(ctx)}/artists/${a.id}`,
    id: a.id,
    images: imageObjects(ctx, "artist", a.id),
    name: a.name,
    ...(dev ? {} : { popularity: a.popularity }),
    type: "artist" as const,
    uri: `spotify:artist:${a.id}`,
  };
}

/**
 * An artist in /me/top/artists. Since 30 Aug 2026 development-mode apps get only id, name, images and
 * the artist's URLs there (no genres, popularity or followers); extended access keeps the full object.
 */
export function topArtistObject(ctx: SandboxContext, a: CatalogArtist) {
  if (!ctx.knobs().spotifyDevelopmentMode) return artistObject(ctx, a);
  return {
    external_urls: { spotify: `https://open.spotify.com/artist/${a.id}` },
    id: a.id,
    images: imageObjects(ctx, "artist", a.id),
    name: a.name,
    uri: `spotify:artist:${a.id}`,
  };
}

export function simplifiedAlbum(ctx: SandboxContext, al: CatalogAlbum) {
  const artist = ctx.lookup.artistsById.get(al.artistId);
  // available_markets stays on albums in development mode: only track fields were removed (and AlbumBase requires it).
  return {
    album_type: al.totalTracks <= 3 ? ("single" as const) : ("album" as const),
    total_tracks: al.totalTracks,
    available_markets: MARKETS,
    external_urls: { spotify: `https://open.spotify.com/album/${al.id}` },
    href: `${api(ctx)}/albums/${al.id}`,
    id: al.id,
    images: imageObjects(ctx, "album", al.id),
    name: al.name,
    release_date: al.releaseDate,
    release_date_precision: "day" as const,
    type: "album" as const,
    uri: `spotify:album:${al.id}`,
    artists: artist ? [simplifiedArtist(ctx, artist)] : [],
    is_playable: true,
  };
}

/** A deterministic fake ISRC: country "QZ" (reserved for demos), 3-char registrant, year, serial. */
function isrc(t: CatalogTrack, releaseDate: string | undefined): string {
  let h = 0;
  for (const ch of t.id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const yy = (releaseDate ?? "2020").slice(2, 4);
  return `QZSBX${yy}${String(h % 100000).padStart(5, "0")}`;
}

export function trackObject(ctx: SandboxContext, t: CatalogTrack) {
  const dev = ctx.knobs().spotifyDevelopmentMode;
  const album = ctx.lookup.albumsById.get(t.albumId);
  const artist = ctx.lookup.artistsById.get(t.artistId);
  return {
    album: album
      ? simplifiedAlbum(ctx, album)
      : undefined,
    artists: artist ? [simplifiedArtist(ctx, artist)] : [],
    ...(dev ? {} : { available_markets: MARKETS }),
    disc_number: 1,
    duration_ms: t.features.duration_ms,
    explicit: false,
    external_ids: { isrc: isrc(t, album?.releaseDate) },
    external_urls: { spotify: `https://open.spotify.com/track/${t.id}` },
    href: `${api(ctx)}/tracks/${t.id}`,
    id: t.id,
    is_playable: true,
    name: t.name,
    ...(dev ? {} : { popularity: t.popularity }),
    preview_url: null,
    track_number: t.trackNumber,
    type: "track" as const,
    uri: `spotify:track:${t.id}`,
    is_local: false,
  };
}

/** `fields` with their keys in alphabetical order: the order Spotify (and ReccoBeats after it) send audio features in. */
export function inKeyOrder<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1))) as T;
}

function audioFeaturesObject(ctx: SandboxContext, t: CatalogTrack) {
  return inKeyOrder({
    ...t.features,
    analysis_url: `${api(ctx)}/audio-analysis/${t.id}`,
    id: t.id,
    track_href: `${api(ctx)}/tracks/${t.id}`,
    type: "audio_features" as const,
    uri: `spotify:track:${t.id}`,
  });
}

export function privateUserObject(ctx: SandboxContext, l: CatalogListener, scopes: Set<string>) {
  const priv = scopes.has("user-read-private");
  let h = 0;
  for (const ch of l.id) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return {
    account_id: `sbx${h.toString(36)}`,
    ...(priv ? { country: l.country } : {}),
    display_name: l.displayName,
    ...(scopes.has("user-read-email") ? { email: l.email } : {}),
    ...(priv ? { explicit_content: { filter_enabled: false, filter_locked: false } } : {}),
    external_urls: { spotify: `https://open.spotify.com/user/${l.id}` },
    followers: { href: null, total: 0 },
    href: `${api(ctx)}/users/${l.id}`,
    id: l.id,
    images: [] as { url: string; height: number; width: number }[],
    ...(priv ? { product: l.product } : {}),
    type: "user",
    uri: `spotify:user:${l.id}`,
  };
}

/**
 * A Spotify paging object. `base` is the endpoint URL, `params` the other query params kept in next/previous;
 * `toObject` turns the page's items (only those) into API objects.
 */
export function paging<T, O = T>(base: string, params: Record<string, string>, all: T[], limit: number, offset: number, toObject: (item: T) => O = (x) => x as unknown as O) {
  const link = (off: number) => {
    const q = new URLSearchParams({ ...params, offset: String(off), limit: String(limit) });
    return `${base}?${q.toString()}`;
  };
  return {
    href: link(offset),
    items: all.slice(offset, offset + limit).map(toObject),
    limit,
    next: offset + limit < all.length ? link(offset + limit) : null,
    offset,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    total: all.length,
  };
}

// The objects a burst of look-ups repeats, serialized once per sandbox: they depend only on the
// catalog, the base URL and development mode, like the real service's pre-rendered answers.
const devKey = (ctx: SandboxContext) => (ctx.knobs().spotifyDevelopmentMode ? "dev" : "full");
export const artistJson = (ctx: SandboxContext, a: CatalogArtist) => memoJson(ctx, `spotify-artist:${devKey(ctx)}:${a.id}`, () => artistObject(ctx, a));
export const trackJson = (ctx: SandboxContext, t: CatalogTrack) => memoJson(ctx, `spotify-track:${devKey(ctx)}:${t.id}`, () => trackObject(ctx, t));
export const audioFeaturesJson = (ctx: SandboxContext, t: CatalogTrack) => memoJson(ctx, `spotify-features:${t.id}`, () => audioFeaturesObject(ctx, t));

/**
 * Serializes the base catalog's artist, track and features objects up front (once the base URL is known),
 * so no burst of a listener's look-ups pays for it; the city scenes' acts are serialized when first asked
 * for. Not for a development-mode start: those endpoints refuse such apps.
 */
export function prebuildSpotifyJson(ctx: SandboxContext): void {
  if (ctx.knobs().spotifyDevelopmentMode) return;
  const scene = new Set(ctx.catalog.scenes.acts.map((a) => a.artistId));
  for (const a of ctx.catalog.artists) if (!scene.has(a.id)) artistJson(ctx, a);
  for (const t of ctx.catalog.tracks) {
    if (scene.has(t.artistId)) continue;
    trackJson(ctx, t);
    audioFeaturesJson(ctx, t);
  }
}
