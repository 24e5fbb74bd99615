import type { AreaConcert, AreaSearch } from "@/lib/domain/types";
import type { AreaConcertsSource, ConcertLookupSource, ConcertRef } from "@/lib/domain/ports";
import { UpstreamRefusal } from "@/lib/domain/errors";
import { TTL } from "@/lib/cache/ttl";
import { addDays, daysInRange } from "@/lib/dates/date-range";
import type { SharedLoader } from "@/lib/http/shared-load";
import type { UpstreamClient } from "@/lib/http/upstream-client";
import { eachValid, expectAnswer } from "../answer";
import { ticketmasterMetadata } from "./metadata";
import { DAILY_QUOTA_ERROR, rawErrors, rawEvent, rawEventsPage, rawFault } from "./raw-types";
import { reshapeEvent, reshapeListing } from "./reshape";

const PAGE_SIZE = 200; // the most Ticketmaster returns per page
// Ticketmaster refuses (400 DIS1035) any page with page * size >= 1,000: pages 0..4 at size 200.
const PAGES_READABLE = Math.ceil(1000 / PAGE_SIZE);
/** The most date windows one search is split into: each costs a request or more of a 5,000-a-day quota. */
const MAX_WINDOWS = 8;

interface EventsPage {
  concerts: AreaConcert[];
  totalElements: number;
  totalPages: number;
}

/** Ticketmaster Discovery v2 as a source of every music event near a place, and of one event by id. */
export class TicketmasterSource implements AreaConcertsSource, ConcertLookupSource {
  readonly id = ticketmasterMetadata.id;
  readonly label = ticketmasterMetadata.label;

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly http: UpstreamClient,
    private readonly shared: SharedLoader,
  ) {}

  /**
   * Music events within the radius, by date (cancelled ones and those without venue coordinates left
   * out). Paging stops at 1,000 events, so a busier search is split into shorter date windows until
   * each fits; `complete: false` only when a window of one day still holds more, or splitting would
   * take more than `MAX_WINDOWS` windows.
   */
  async concertsNear(search: AreaSearch, onFirstPage?: (concerts: AreaConcert[]) => void): Promise<{ concerts: AreaConcert[]; complete: boolean }> {
    const windows = await this.window(search, MAX_WINDOWS, onFirstPage);
    const byId = new Map<string, AreaConcert>(); // events shift between pages (and windows overlap at their edges)
    for (const c of windows.concerts) if (!byId.has(c.id)) byId.set(c.id, c);
    return { concerts: [...byId.values()], complete: windows.complete };
  }

  /**
   * One date window's events, split in two (each with half the windows left) when they overflow paging.
   * `onFirstPage` hears the earliest dates' page while the others are asked for.
   */
  private async window(
    search: AreaSearch,
    windowsLeft: number,
    onFirstPage?: (concerts: AreaConcert[]) => void,
  ): Promise<{ concerts: AreaConcert[]; complete: boolean }> {
    const first = await this.page(search, 0);
    const { begin, end } = search.range;
    const days = daysInRange(search.range);
    if (first.totalElements > PAGES_READABLE * PAGE_SIZE && days > 1 && windowsLeft >= 2) {
      const middle = addDays(begin, Math.floor(days / 2) - 1);
      const halves = await Promise.all([
        this.window({ ...search, range: { begin, end: middle } }, Math.floor(windowsLeft / 2), onFirstPage),
        this.window({ ...search, range: { begin: addDays(middle, 1), end } }, Math.floor(windowsLeft / 2)),
      ]);
      return { concerts: halves.flatMap((h) => h.concerts), complete: halves.every((h) => h.complete) };
    }
    const pageCount = Math.min(first.totalPages, PAGES_READABLE);
    if (pageCount > 1) onFirstPage?.(first.concerts);
    const rest = await Promise.all(Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => this.page(search, i + 1)));
    return { concerts: [first, ...rest].flatMap((p) => p.concerts), complete: first.totalElements <= PAGES_READABLE * PAGE_SIZE };
  }

  /** One event by its id (GET /events/{id}.json), cancelled ones too; null when Ticketmaster has none (404). */
  concert(ref: ConcertRef): Promise<AreaConcert | null> {
    return this.shared.load(`ticketmaster:event:${ref.id}`, TTL.concerts, async () => {
      const url = `${this.baseUrl}/events/${encodeURIComponent(ref.id)}.json?apikey=${encodeURIComponent(this.apiKey)}`;
      const res = await this.http.request(url, {}, { dailyQuotaUsedUp: isDailyQuotaFault });
      if (res.status === 404) return null;
      this.refuseBadKey(res);
      const error = rawErrors.safeParse(res.body).data?.errors[0];
      const event = expectAnswer(this, res, rawEvent, error && `${error.code ?? ""} ${error.detail ?? ""}`.trim());
      return reshapeListing(event);
    });
  }

  private page(search: AreaSearch, page: number): Promise<EventsPage> {
    const { place, radiusKm, range } = search;
    // ~100 m grid and whole kilometres, so nearby searches share pages (and the request matches the key).
    const latlong = `${place.latitude.toFixed(3)},${place.longitude.toFixed(3)}`;
    const radius = Math.ceil(radiusKm);
    const key = `ticketmaster:events:${latlong}:${radius}:${range.begin}:${range.end}:${page}`;
    return this.shared.load(key, TTL.concerts, async () => {
      // Range dates are venue-local; a day more on each side covers every timezone (the pipeline keeps the local dates).
      const url =
        `${this.baseUrl}/events.json?apikey=${encodeURIComponent(this.apiKey)}&latlong=${latlong}&radius=${radius}&unit=km` +
        `&startDateTime=${addDays(range.begin, -1)}T00:00:00Z&endDateTime=${addDays(range.end, 2)}T00:00:00Z` +
        `&classificationName=music&size=${PAGE_SIZE}&page=${page}&sort=date,asc`;
      return this.interpret(await this.http.request(url, {}, { dailyQuotaUsedUp: isDailyQuotaFault }));
    });
  }

  private refuseBadKey({ status, body }: { status: number; body: unknown }): void {
    if (status === 401 || status === 403) {
      const fault = rawFault.safeParse(body).data?.fault.faultstring ?? `HTTP ${status}`;
      throw new UpstreamRefusal(this, "key_refused", `Ticketmaster refused our API key (${fault}); check TICKETMASTER_API_KEY`);
    }
  }

  private interpret({ status, body }: { status: number; body: unknown }): EventsPage {
    this.refuseBadKey({ status, body });
    const error = rawErrors.safeParse(body).data?.errors[0];
    const page = expectAnswer(this, { status, body }, rawEventsPage, error && `${error.code ?? ""} ${error.detail ?? ""}`.trim());
    const concerts = eachValid(page._embedded?.events ?? [], rawEvent, reshapeEvent);
    return { concerts, totalElements: page.page.totalElements, totalPages: page.page.totalPages };
  }
}

function isDailyQuotaFault(body: unknown): boolean {
  return rawFault.safeParse(body).data?.fault.detail?.errorcode === DAILY_QUOTA_ERROR;
}
