// A concert's own page looks the concert up again by its address: Ticketmaster by id
// (GET /events/{id}.json), Bandsintown in the named artist's upcoming events. Public data, cached.
import { describe, expect, it } from "vitest";
import { findConcert } from "@/lib/pipeline/concert-lookup";
import { ticketmasterListing } from "../../sandbox/catalog/ticketmaster-events";
import { capabilitiesFor, sumMatching } from "../helpers/pipeline-setup";
import { useSandbox } from "../helpers/sandbox";

const sandbox = useSandbox({ date: "real" });
const both = () => capabilitiesFor(sandbox, {}, { bandsintown: true, ticketmaster: true });
const asked = (pattern: RegExp) => sumMatching(sandbox.counters().byEndpoint, pattern);
/** An artist Bandsintown knows, and its upcoming events (at least `n`). */
function touring(n: number) {
  const upcoming = (id: string) => sandbox.catalog.events.filter((e) => e.artistIds.includes(id) && e.datetime.slice(0, 10) >= sandbox.catalog.today);
  const artist = sandbox.catalog.artists.find((a) => a.bandsintownId && upcoming(a.id).length >= n)!;
  return { artist, events: upcoming(artist.id) };
}

describe("a concert by its address", () => {
  it("finds a Ticketmaster event by id with its status, prices, time zone and lineup, and asks once per cache lifetime", async () => {
    const caps = both();
    const e = ticketmasterListing(sandbox.catalog).find((x) => x.status === "rescheduled" && x.priceRange && x.attractions.length > 1)!;
    const concert = await findConcert(caps, { source: "ticketmaster", id: e.id });
    expect(concert).toMatchObject({
      id: e.id,
      source: "ticketmaster",
      datetime: `${e.localDate}T${e.localTime}`,
      lineup: e.attractions.map((a) => a.name),
      status: "rescheduled",
      priceRange: { min: e.priceRange!.min, max: e.priceRange!.max, currency: e.priceRange!.currency },
      timezone: e.timezone ?? e.venue.timezone,
      venue: { name: e.venue.name },
    });
    expect(await findConcert(caps, { source: "ticketmaster", id: e.id })).toEqual(concert);
    expect(asked(/^ticketmaster GET \/discovery\/v2\/events\/\{id\}/)).toBe(1);
  });

  it("finds a cancelled Ticketmaster event too, marked cancelled", async () => {
    const e = ticketmasterListing(sandbox.catalog).find((x) => x.status === "cancelled")!;
    expect(await findConcert(both(), { source: "ticketmaster", id: e.id })).toMatchObject({ id: e.id, status: "cancelled" });
  });

  it("finds a Bandsintown event in the named artist's upcoming events, one request for all of that artist's", async () => {
    const caps = both();
    const { artist, events: [first, second] } = touring(2);
    expect(await findConcert(caps, { source: "bandsintown", id: first!.id, artist: artist.name })).toMatchObject({ id: first!.id, source: "bandsintown", datetime: first!.datetime });
    expect(await findConcert(caps, { source: "bandsintown", id: second!.id, artist: artist.name })).toMatchObject({ id: second!.id });
    expect(asked(/^bandsintown GET \/artists\/\{artistname\}\/events/)).toBe(1);
  });

  it("is null for an unknown id, a Bandsintown address without its artist or with another one, and an unknown source", async () => {
    const caps = both();
    const { artist, events: [event] } = touring(1);
    const other = sandbox.catalog.artists.find((a) => a.bandsintownId && a.id !== artist.id && !event!.artistIds.includes(a.id))!;
    expect(await findConcert(caps, { source: "ticketmaster", id: "Z7r9jZ1AdFEZv-nope" })).toBeNull();
    expect(await findConcert(caps, { source: "bandsintown", id: event!.id })).toBeNull();
    expect(await findConcert(caps, { source: "bandsintown", id: event!.id, artist: other.name })).toBeNull();
    expect(await findConcert(caps, { source: "songkick", id: event!.id })).toBeNull();
    expect(await findConcert(capabilitiesFor(sandbox, {}, { ticketmaster: true }), { source: "bandsintown", id: event!.id, artist: artist.name })).toBeNull();
  });
});
