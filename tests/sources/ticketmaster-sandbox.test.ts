import { describe, expect, it } from "vitest";
import { TicketmasterSource } from "@/lib/sources/ticketmaster/ticketmaster-source";
import { UpstreamRefusal } from "@/lib/domain/errors";
import type { AreaSearch } from "@/lib/domain/types";
import { addDays } from "@/lib/dates/date-range";
import { distanceKm } from "@/lib/geo/distance";
import { useSandbox } from "../helpers/sandbox";
import { clientFor, freshShared } from "./source-setup";

const sandbox = useSandbox({ date: "real" });

const ticketmaster = (key = "sandbox-ticketmaster-key") =>
  new TicketmasterSource(`${sandbox.url}/ticketmaster/discovery/v2`, key, clientFor("ticketmaster", { concurrency: 5, rateLimit: 5 }), freshShared());
const AMSTERDAM = { latitude: 52.3676, longitude: 4.9041 };
const BERLIN = { latitude: 52.52, longitude: 13.405 };
/** A search one page answers (a big city's 90 days within 25 km span several): 5 km, a week. */
const onePage = (): Partial<AreaSearch> => ({ radiusKm: 5, range: { begin: sandbox.catalog.today, end: addDays(sandbox.catalog.today, 6) } });

const search = (over: Partial<AreaSearch> = {}): AreaSearch => ({
  place: AMSTERDAM,
  radiusKm: 25,
  range: { begin: sandbox.catalog.today, end: addDays(sandbox.catalog.today, 90) },
  ...over,
});
const pageRequests = () => sandbox.counters().byEndpoint["ticketmaster GET /discovery/v2/events.json"] ?? 0;

describe("TicketmasterSource against the sandbox", () => {
  it("finds the music events around a place, with venues and performers' Spotify ids", async () => {
    const { concerts, complete } = await ticketmaster().concertsNear(search());
    expect(complete).toBe(true);
    expect(concerts.length).toBeGreaterThan(10);
    const artistIds = new Set(sandbox.catalog.artists.map((a) => a.id));
    for (const c of concerts) {
      expect(c.source).toBe("ticketmaster");
      expect(distanceKm(AMSTERDAM, c.venue)).toBeLessThanOrEqual(25.5);
      expect(c.datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
      for (const p of c.performers) if (p.spotifyId) expect(artistIds.has(p.spotifyId)).toBe(true);
    }
    expect(concerts.some((c) => c.performers.some((p) => p.spotifyId))).toBe(true);
    expect(concerts.some((c) => c.performers.some((p) => !p.spotifyId))).toBe(true);
  });

  it("splits a search holding more than paging reaches into date windows", async () => {
    const world = search({ radiusKm: 20_000, range: { begin: sandbox.catalog.today, end: addDays(sandbox.catalog.today, 365) } });
    const { concerts } = await ticketmaster().concertsNear(world);
    expect(sandbox.counters().byStatus.ticketmaster).toEqual({ "200": pageRequests() }); // never DIS1035
    expect(concerts.length).toBeGreaterThan(1000);
    expect(new Set(concerts.map((c) => c.id)).size).toBe(concerts.length);
    const inMonth = await ticketmaster().concertsNear(search({ radiusKm: 20_000, range: { begin: sandbox.catalog.today, end: addDays(sandbox.catalog.today, 30) } }));
    expect(inMonth.concerts.length).toBeLessThan(concerts.length);
  });

  it("refuses with UpstreamRefusal when the API key is not valid", async () => {
    await expect(ticketmaster("not-a-key").concertsNear(search())).rejects.toBeInstanceOf(UpstreamRefusal);
  });

  it("stops asking once the daily quota is used up", async () => {
    sandbox.setKnobs({ ticketmasterDailyQuota: 1 });
    const source = ticketmaster();
    await source.concertsNear(search(onePage()));
    const err = await source.concertsNear(search({ ...onePage(), place: BERLIN })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamRefusal);
    expect((err as Error).message).toMatch(/daily request quota/);
    await expect(source.concertsNear(search({ ...onePage(), radiusKm: 6 }))).rejects.toBeInstanceOf(UpstreamRefusal);
    expect(sandbox.counters().byStatus.ticketmaster).toEqual({ "200": 1, "429": 1 });
  });

  it("waits out a spike arrest and then answers", async () => {
    sandbox.setKnobs({ rateLimit: 1, rateLimitWindowSeconds: 1, retryAfterSeconds: 1, faultUpstreams: ["ticketmaster"] });
    const source = ticketmaster();
    const [a, b] = await Promise.all([source.concertsNear(search(onePage())), source.concertsNear(search({ ...onePage(), place: BERLIN }))]);
    expect(a.concerts.length).toBeGreaterThan(0);
    expect(b.concerts.length).toBeGreaterThan(0);
    expect(sandbox.counters().byStatus.ticketmaster!["429"]).toBeGreaterThanOrEqual(1);
  });

  it("serves a repeated search from its cache", async () => {
    const source = ticketmaster();
    await source.concertsNear(search());
    const asked = pageRequests();
    await source.concertsNear(search());
    expect(pageRequests()).toBe(asked);
  });
});
