import type { AreaConcert, AreaSearch, Artist, Concert } from "@/lib/domain/types";
import { distanceKm } from "@/lib/geo/distance";
import { isWithinRange } from "@/lib/dates/date-range";
import { normalizeArtistName } from "@/lib/text/artist-names";
import { askAll } from "./chain";
import type { Pipeline, RequestState } from "./pipeline";

export interface NearbyConcert {
  concert: Concert;
  distanceKm: number;
}

export interface ArtistConcerts {
  artistId: string;
  /** "failed" when no concert source answered for the artist (each failed or refuses our app); "unknown" when every source that answered does not know them. */
  status: "ok" | "unknown" | "failed";
  concerts: NearbyConcert[];
}

/** What the area sources (Ticketmaster) list near the place: every concert, and by performer. */
export interface AreaListings {
  concerts: AreaConcert[];
  index: PerformerIndex;
}

/** The area listings: null when no area source is configured or none answered. */
export type AreaConcerts = Promise<AreaListings | null>;

/** Concerts by performer: by Spotify id where the listing links one, else by normalised name (built once per request). */
export interface PerformerIndex {
  bySpotifyId: Map<string, AreaConcert[]>;
  byName: Map<string, AreaConcert[]>;
}

/** Two listings are the same show when they are on the same local date at venues less than this far apart. */
const SAME_VENUE_KM = 1;

/**
 * Search every area source once per request, as soon as Spotify has accepted the listener's token
 * (it needs only place and dates, so it runs while the listener's artists are still being found).
 * Never rejects; never settles when the token is refused (the request ends then). `onFirstPage`
 * hears a source's first page of listings while its other pages are still coming.
 */
export function searchArea(pipeline: Pipeline, search: AreaSearch, state: RequestState, onFirstPage?: (concerts: AreaConcert[]) => void): AreaConcerts {
  if (pipeline.areaConcerts.length === 0) return Promise.resolve(null);
  return state.accepted.then(() => askAll(pipeline.areaConcerts, "concerts", state, (source) => source.concertsNear(search, onFirstPage))).then((answers) => {
    const lists = answers.flatMap(({ source, answer }) => {
      if (!answer) return [];
      state.warnings.served("concerts", source);
      if (!answer.complete) {
        state.warnings.note({
          code: "concerts_incomplete",
          source: source.id,
          message: "There are more music events in this area than the concert source lets us read at once: narrow the radius or the dates to see them all.",
        });
      }
      return [answer.concerts];
    });
    if (lists.length === 0) return null;
    const concerts = lists.flat();
    return { concerts, index: indexByPerformer(concerts) };
  });
}

/**
 * One artist's concerts in the date range within the radius, nearest date first: from each
 * artist-by-artist source (Bandsintown) and the area search (Ticketmaster), the same show listed
 * by both appearing once. Never rejects.
 */
export async function nearbyConcerts(
  pipeline: Pipeline,
  artist: Artist,
  search: AreaSearch,
  area: AreaConcerts,
  state: RequestState,
): Promise<ArtistConcerts> {
  const [byArtist, listings] = await Promise.all([
    askAll(pipeline.artistConcerts, "concerts", state, (source) => source.concertsOf(artist, search.range), artist.name),
    area,
  ]);
  const bySource: (Concert[] | "unknown" | "failed")[] = byArtist.map(({ source, answer }) => {
    if (!answer) return "failed";
    if (answer.concerts === null) {
      state.warnings.notFound(source, artist.name);
      return "unknown";
    }
    state.warnings.served("concerts", source);
    return answer.concerts;
  });
  if (pipeline.areaConcerts.length > 0) bySource.push(listings === null ? "failed" : concertsOf(listings.index, artist));
  const answered = bySource.filter((r): r is Concert[] | "unknown" => r !== "failed");
  if (answered.length === 0) return { artistId: artist.id, status: "failed", concerts: [] };
  const lists = answered.filter((r): r is Concert[] => r !== "unknown");
  if (lists.length === 0) return { artistId: artist.id, status: "unknown", concerts: [] };

  return { artistId: artist.id, status: "ok", concerts: inSearch(mergeSameShows(lists), search) };
}

/**
 * The artists' concerts on the listings' first page (the earliest dates), told as soon as that page is
 * in, while the other pages are still coming: the page can show them a round trip sooner. Each
 * artist's full list follows from `nearbyConcerts` (a show told twice is the same show).
 */
export class FirstPageConcerts<A extends Artist> {
  private index: PerformerIndex | null = null;
  private over = false;
  private readonly artists: A[] = [];

  constructor(
    private readonly search: AreaSearch,
    private readonly tell: (artist: A, concerts: NearbyConcert[]) => void,
  ) {}

  /** The first page is in. */
  readonly listed = (concerts: AreaConcert[]): void => {
    if (this.over) return;
    this.index = indexByPerformer(concerts);
    for (const artist of this.artists) this.found(artist);
  };

  /** An artist of the listener's is known. */
  started(artist: A): void {
    if (this.over) return;
    this.artists.push(artist);
    if (this.index) this.found(artist);
  }

  /** Every page is in (or the search failed): the full lists take over. */
  end(): void {
    this.over = true;
    this.index = null;
    this.artists.length = 0;
  }

  private found(artist: A) {
    const concerts = inSearch(concertsOf(this.index!, artist), this.search);
    if (concerts.length) this.tell(artist, concerts);
  }
}

/** The concerts within the search's dates and radius, with their distance, nearest date first. */
export function inSearch<C extends Concert>(concerts: C[], search: AreaSearch): { concert: C; distanceKm: number }[] {
  return concerts
    .filter((c) => isWithinRange(c.datetime, search.range))
    .map((concert) => ({ concert, distanceKm: distanceKm(search.place, concert.venue) }))
    .filter((c) => c.distanceKm <= search.radiusKm)
    .sort((a, b) => a.concert.datetime.localeCompare(b.concert.datetime) || a.distanceKm - b.distanceKm);
}

function indexByPerformer(concerts: AreaConcert[]): PerformerIndex {
  const index: PerformerIndex = { bySpotifyId: new Map(), byName: new Map() };
  const add = (map: Map<string, AreaConcert[]>, key: string, concert: AreaConcert) => {
    const list = map.get(key);
    if (list) list.push(concert);
    else map.set(key, [concert]);
  };
  for (const concert of concerts) {
    for (const p of concert.performers) {
      if (p.spotifyId) add(index.bySpotifyId, p.spotifyId, concert);
      else add(index.byName, normalizeArtistName(p.name), concert);
    }
  }
  return index;
}

/** The listings naming this artist: by its Spotify link when they have one, else by a careful (exact normalised) name match. */
export function concertsOf(index: PerformerIndex, artist: Artist): AreaConcert[] {
  const linked = index.bySpotifyId.get(artist.id) ?? [];
  const named = index.byName.get(normalizeArtistName(artist.name)) ?? [];
  return [...new Set([...linked, ...named])];
}

/** Lists from several sources, each show once: the first source's listing, with the others' ticket links (and what it lacks) added. */
function mergeSameShows(lists: Concert[][]): Concert[] {
  const merged: Concert[] = [];
  for (const list of lists) {
    for (const concert of list) {
      const same = merged.find(
        (m) => m.source !== concert.source && m.datetime.slice(0, 10) === concert.datetime.slice(0, 10) && distanceKm(m.venue, concert.venue) < SAME_VENUE_KM,
      );
      if (!same) {
        merged.push({ ...concert, offers: [...concert.offers] });
        continue;
      }
      for (const offer of concert.offers) if (!same.offers.some((o) => o.url === offer.url)) same.offers.push(offer);
      // What only the other listing says (Ticketmaster's prices, status and time zone).
      if (!same.status && concert.status) same.status = concert.status;
      if (!same.priceRange && concert.priceRange) same.priceRange = concert.priceRange;
      if (!same.timezone && concert.timezone) same.timezone = concert.timezone;
    }
  }
  return merged;
}
