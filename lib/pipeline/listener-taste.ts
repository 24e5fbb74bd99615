import type { Artist, TimeRange, Track } from "@/lib/domain/types";
import type { PipelineWarning } from "@/lib/domain/capabilities";
import type { Capabilities, ListenerContext, ProfileTasteSource, Source } from "@/lib/domain/ports";
import { YOUR_LIST, type TasteChoice } from "@/lib/domain/taste";
import { UnavailableError } from "@/lib/domain/errors";
import { listedArtists } from "./listed-artists";

// The listener's own taste for one request, whoever holds it: their Spotify account (with their
// token), a listening profile elsewhere, or the artists they listed (both with the app's own token).
// User data: read at most once per request, never cached; only the public look-ups it makes (which
// Spotify artist has this name or id) are.

/** How many of a profile's top artists are read: as many as one of Spotify's top-artist lists holds. */
const PROFILE_ARTISTS = 50;

export interface ListenerTaste {
  /** Where the taste comes from, as `sources.top_artists` names it. */
  source: Source;
  topArtists(limit: number, range: TimeRange): Promise<Artist[]>;
  /** The listener's top tracks: only a Spotify account has them. */
  topTracks(limit: number, range: TimeRange): Promise<Track[]>;
}

export function listenerTaste(caps: Capabilities, ctx: ListenerContext, note: (warning: PipelineWarning) => void): ListenerTaste {
  const { taste } = ctx;
  if (!taste) {
    return {
      source: caps.taste,
      topArtists: (limit, range) => caps.taste.topArtists(ctx.spotifyToken, limit, range),
      topTracks: (limit, range) => caps.taste.topTracks(ctx.spotifyToken, limit, range),
    };
  }
  // One read of the whole list (every time range asks the same), then as many artists as each caller wants.
  let read: Promise<Artist[]> | undefined;
  const artists = () => (read ??= taste.source === "your-list" ? listedArtists(caps, ctx.spotifyToken, taste.artistIds) : fromProfile(caps, ctx.spotifyToken, taste, note));
  return {
    source: taste.source === "your-list" ? YOUR_LIST : (caps.profiles.find((p) => p.id === taste.source) ?? { id: taste.source, label: taste.source }),
    topArtists: async (limit) => (await artists()).slice(0, limit),
    // Read only once the taste is: a profile that cannot be read stops the request before anything else is asked.
    topTracks: async () => (await artists(), []),
  };
}

/** A profile's top artists, matched to Spotify artists by exact normalised name (Spotify's best match first). */
async function fromProfile(caps: Capabilities, token: string, taste: Extract<TasteChoice, { username: string }>, note: (w: PipelineWarning) => void): Promise<Artist[]> {
  const profile: ProfileTasteSource | undefined = caps.profiles.find((p) => p.id === taste.source);
  if (!profile) throw new UnavailableError(unavailable(taste.source));
  const names = await profile.topArtistNames(taste.username, taste.period, PROFILE_ARTISTS);
  const matches = await Promise.allSettled(names.map((name) => caps.artistSearch.findArtists(token, name)));
  const rejected = matches.filter((m): m is PromiseRejectedResult => m.status === "rejected");
  if (rejected.length === matches.length) throw rejected[0]!.reason; // Spotify search itself is failing
  const artists: Artist[] = [];
  const missing: string[] = [];
  matches.forEach((match, i) => {
    const best = match.status === "fulfilled" ? match.value[0] : undefined;
    if (!best) missing.push(names[i]!);
    else if (!artists.some((a) => a.id === best.id)) artists.push(best);
  });
  if (missing.length) {
    note({
      code: "artist_not_found",
      source: profile.id,
      message: `${missing.length} of your ${profile.label} artists could not be found on Spotify by that exact name, so they are left out.`,
      subjects: missing,
    });
  }
  return artists;
}

/**
 * A chosen taste, read once to check it before the listener's cookie keeps it: the profile's top
 * artists by name (a ProfileError when it cannot be read), or the listed artists Spotify knows.
 */
export async function previewTaste(caps: Capabilities, appToken: string, taste: TasteChoice): Promise<{ source: Source; names: string[] }> {
  if (taste.source === "your-list") return { source: YOUR_LIST, names: (await listedArtists(caps, appToken, taste.artistIds)).map((a) => a.name) };
  const profile = caps.profiles.find((p) => p.id === taste.source);
  if (!profile) throw new UnavailableError(unavailable(taste.source));
  return { source: profile, names: await profile.topArtistNames(taste.username, taste.period, PROFILE_ARTISTS) };
}

function unavailable(source: Exclude<TasteChoice["source"], "your-list">): string {
  return source === "lastfm"
    ? "This server does not read Last.fm profiles: it has no Last.fm API key (LASTFM_API_KEY). Use ListenBrainz or a list of artists instead."
    : "This server does not read ListenBrainz profiles (LISTENBRAINZ_ENABLED is off). Use a list of artists instead.";
}
