// Where a listener's taste comes from. Spotify sign-in stays the main way in; without it, a
// listener names a profile on a service that publishes their top artists (Last.fm, ListenBrainz)
// or lists their artists themselves. The choice lives in the listener's encrypted cookie only.

/** The periods a listening profile is read over, in Last.fm's words (ListenBrainz's ranges are mapped to them). */
export const PROFILE_PERIODS = ["overall", "12month", "6month", "3month", "1month"] as const;
export type ProfilePeriod = (typeof PROFILE_PERIODS)[number];

/** The services whose public profiles can stand in for a Spotify session. */
export const PROFILE_SERVICES = ["lastfm", "listenbrainz"] as const;
export type ProfileService = (typeof PROFILE_SERVICES)[number];

/** The most artists a typed list may hold (a listener's top artists are read 50 at a time, too). */
export const LISTED_ARTISTS_MAX = 50;

export type TasteChoice =
  | { source: ProfileService; username: string; period: ProfilePeriod }
  /** Spotify artist ids the listener confirmed, strongest first. */
  | { source: "your-list"; artistIds: string[] };

/** The source `sources.top_artists` names for a typed list: the listener themselves. */
export const YOUR_LIST = { id: "your-list", label: "Your list of artists" } as const;
