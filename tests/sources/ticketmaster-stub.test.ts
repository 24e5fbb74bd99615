import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/date-range";
import { UpstreamFailure } from "@/lib/domain/errors";
import type { UpstreamOptions } from "@/lib/http/upstream-client";
import { TicketmasterSource } from "@/lib/sources/ticketmaster/ticketmaster-source";
import { UpstreamRefusal } from "@/lib/domain/errors";
import type { AreaSearch } from "@/lib/domain/types";
import { TM_INVALID_KEY, TM_PAGING_TOO_DEEP, TM_QUOTA, TM_SPIKE_ARREST, tmEvent, tmPage } from "./bodies/ticketmaster";
import { startStub, type StubReply, type StubUpstream } from "./stub-upstream";
import { clientFor, freshShared } from "./source-setup";

// TicketmasterSource against a stub that pages like Discovery v2, refusing page * size >= 1,000 as it does.

let stub: StubUpstream | undefined;
afterEach(() => stub?.close());

const AMSTERDAM: AreaSearch = { place: { latitude: 52.36761234, longitude: 4.90412345 }, radiusKm: 24.5, range: { begin: "2026-11-01", end: "2026-11-30" } };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A venue holding `total` events, served page by page; tracks how many requests overlap. */
function pagedCatalog(total: number) {
  const state = { inFlight: 0, maxInFlight: 0 };
  const reply = async (url: URL): Promise<StubReply> => {
    const page = Number(url.searchParams.get("page"));
    const size = Number(url.searchParams.get("size"));
    if (page * size >= 1000) return { status: 400, body: TM_PAGING_TOO_DEEP };
    state.maxInFlight = Math.max(state.maxInFlight, ++state.inFlight);
    await sleep(30);
    state.inFlight--;
    const ids = Array.from({ length: Math.max(0, Math.min(size, total - page * size)) }, (_, i) => `E${page * size + i}`);
    return { body: tmPage(ids.map((id) => tmEvent(id)), { number: page, totalElements: total, size }) };
  };
  return { state, reply };
}

async function ticketmaster(reply: (url: URL, i: number) => StubReply | Promise<StubReply>, limits: Partial<UpstreamOptions> = {}) {
  stub = await startStub(reply);
  const http = clientFor("ticketmaster", { concurrency: 5, ...limits });
  return { source: new TicketmasterSource(`${stub.url}/discovery/v2`, "test-key", http, freshShared()), stub };
}

describe("TicketmasterSource", () => {
  it("asks for music events around the place with a UTC window a day wider on each side", async () => {
    const { source, stub } = await ticketmaster(() => ({ body: tmPage([tmEvent("E1")], { number: 0, totalElements: 1 }) }));
    const { concerts, complete } = await source.concertsNear(AMSTERDAM);
    expect(concerts.map((c) => c.id)).toEqual(["E1"]);
    expect(complete).toBe(true);
    const q = stub.requests[0]!;
    expect(q.pathname).toBe("/discovery/v2/events.json");
    expect(Object.fromEntries(q.searchParams)).toEqual({
      apikey: "test-key",
      latlong: "52.368,4.904",
      radius: "25",
      unit: "km",
      startDateTime: "2026-10-31T00:00:00Z",
      endDateTime: "2026-12-02T00:00:00Z",
      classificationName: "music",
      size: "200",
      page: "0",
      sort: "date,asc",
    });
  });

  it("tells page 0 before asking for the others, and nothing when one page holds everything", async () => {
    const catalog = pagedCatalog(450);
    const { source, stub } = await ticketmaster(catalog.reply);
    const told: { ids: string[]; asked: number }[] = [];
    await source.concertsNear(AMSTERDAM, (concerts) => told.push({ ids: concerts.map((c) => c.id), asked: stub.requests.length }));
    expect(told).toEqual([{ ids: Array.from({ length: 200 }, (_, i) => `E${i}`), asked: 1 }]);
    await stub.close();
    const small = await ticketmaster(pagedCatalog(150).reply);
    const toldSmall: unknown[] = [];
    await small.source.concertsNear(AMSTERDAM, (concerts) => toldSmall.push(concerts));
    expect(toldSmall).toEqual([]);
  });

  it("reads page 0, then the other pages at once, and is complete when every event fit", async () => {
    const catalog = pagedCatalog(950);
    const { source, stub } = await ticketmaster(catalog.reply);
    const { concerts, complete } = await source.concertsNear(AMSTERDAM);
    const pages = stub.requests.map((u) => u.searchParams.get("page"));
    expect(pages[0]).toBe("0");
    expect(pages.slice(1).sort()).toEqual(["1", "2", "3", "4"]);
    expect(catalog.state.maxInFlight).toBe(4);
    expect(concerts).toHaveLength(950);
    expect(new Set(concerts.map((c) => c.id)).size).toBe(950);
    expect(complete).toBe(true);
  });

  it("never pages past page * size < 1,000: a busier search is split into shorter date windows, and nothing is lost", async () => {
    // 2,345 events, 80 a day from 2026-11-01: the whole month overflows paging, each week does not.
    const perDay = 80;
    const events = Array.from({ length: 2345 }, (_, i) => ({ id: `E${i}`, day: addDays("2026-11-01", Math.floor(i / perDay)) }));
    const { source, stub } = await ticketmaster((url) => {
      const page = Number(url.searchParams.get("page"));
      const size = Number(url.searchParams.get("size"));
      if (page * size >= 1000) return { status: 400, body: TM_PAGING_TOO_DEEP };
      const from = url.searchParams.get("startDateTime")!.slice(0, 10);
      const to = url.searchParams.get("endDateTime")!.slice(0, 10);
      const inWindow = events.filter((e) => e.day >= from && e.day < to);
      const ids = inWindow.slice(page * size, (page + 1) * size).map((e) => e.id);
      return { body: tmPage(ids.map((id) => tmEvent(id)), { number: page, totalElements: inWindow.length, size }) };
    });
    const { concerts, complete } = await source.concertsNear(AMSTERDAM);
    expect(stub.requests.map((u) => Number(u.searchParams.get("page")) * Number(u.searchParams.get("size"))).every((n) => n < 1000)).toBe(true);
    expect(new Set(concerts.map((c) => c.id)).size).toBe(2345);
    expect(complete).toBe(true);
  });

  it("says when events were left unread: a day holding more than paging reaches", async () => {
    const catalog = pagedCatalog(2345);
    const { source, stub } = await ticketmaster(catalog.reply);
    const { concerts, complete } = await source.concertsNear({ ...AMSTERDAM, range: { begin: "2026-11-01", end: "2026-11-01" } });
    expect(stub.requests.map((u) => Number(u.searchParams.get("page")) * Number(u.searchParams.get("size"))).every((n) => n < 1000)).toBe(true);
    expect(stub.requests).toHaveLength(5);
    expect(concerts).toHaveLength(1000);
    expect(complete).toBe(false);
  });

  it("reads an area without events in one request", async () => {
    const { source, stub } = await ticketmaster(() => ({ body: tmPage([], { number: 0, totalElements: 0 }) }));
    expect(await source.concertsNear(AMSTERDAM)).toEqual({ concerts: [], complete: true });
    expect(stub.requests).toHaveLength(1);
  });

  it("skips a single event that does not parse, and keeps the rest of the page", async () => {
    const broken = { ...tmEvent("BAD"), dates: { start: { dateTBA: true } } };
    const { source } = await ticketmaster(() => ({ body: tmPage([tmEvent("E1"), broken, tmEvent("E2")], { number: 0, totalElements: 3 }) }));
    expect((await source.concertsNear(AMSTERDAM)).concerts.map((c) => c.id)).toEqual(["E1", "E2"]);
  });

  it("caches pages: the same search, or one within ~100 m, makes no request", async () => {
    const { source, stub } = await ticketmaster(pagedCatalog(300).reply);
    await source.concertsNear(AMSTERDAM);
    expect(stub.requests).toHaveLength(2);
    await source.concertsNear(AMSTERDAM);
    await source.concertsNear({ ...AMSTERDAM, place: { latitude: 52.3679, longitude: 4.9039 } });
    expect(stub.requests).toHaveLength(2);
    await source.concertsNear({ ...AMSTERDAM, radiusKm: 50 });
    expect(stub.requests).toHaveLength(4);
  });

  it("turns 401 Invalid ApiKey into a refusal", async () => {
    const { source } = await ticketmaster(() => ({ status: 401, body: TM_INVALID_KEY }));
    const err = await source.concertsNear(AMSTERDAM).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamRefusal);
    expect((err as Error).message).toContain("Invalid ApiKey");
  });

  it("waits a second after a 429 spike arrest without Retry-After, then reads on", async () => {
    const { source, stub } = await ticketmaster((_, i) =>
      i === 0 ? { status: 429, body: TM_SPIKE_ARREST } : { body: tmPage([tmEvent("E1")], { number: 0, totalElements: 1 }) },
    );
    expect((await source.concertsNear(AMSTERDAM)).concerts).toHaveLength(1);
    expect(stub.requests).toHaveLength(2);
  });

  it("does not retry a 429 daily-quota violation, and asks no more that day", async () => {
    const { source, stub } = await ticketmaster(() => ({ status: 429, body: TM_QUOTA }));
    const err = await source.concertsNear(AMSTERDAM).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamRefusal);
    expect((err as Error).message).toMatch(/daily request quota is used up/);
    await expect(source.concertsNear({ ...AMSTERDAM, radiusKm: 100 })).rejects.toBeInstanceOf(UpstreamRefusal);
    expect(stub.requests).toHaveLength(1);
  });

  it("stops at its own daily limit without asking", async () => {
    const { source, stub } = await ticketmaster(pagedCatalog(10).reply, { dailyLimit: 1 });
    await source.concertsNear(AMSTERDAM);
    await expect(source.concertsNear({ ...AMSTERDAM, radiusKm: 100 })).rejects.toBeInstanceOf(UpstreamRefusal);
    expect(stub.requests).toHaveLength(1);
  });

  it("reports Discovery API errors such as DIS1035 as an upstream failure", async () => {
    const { source } = await ticketmaster(() => ({ status: 400, body: TM_PAGING_TOO_DEEP }));
    const err = await source.concertsNear(AMSTERDAM).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamFailure);
    expect((err as Error).message).toContain("DIS1035");
  });
});
