// Contract: the sandbox's Bandsintown v3 answers match the Swagger 2.0 spec.
import { beforeAll, describe, expect, it } from "vitest";
import { useSandbox } from "../helpers/sandbox";
import { APP_ID, bandsintownName, get } from "./harness";
import { BANDSINTOWN_SPEC, loadValidator, type SpecValidator } from "./spec-validators";

const sb = useSandbox();
let spec: SpecValidator;

beforeAll(async () => {
  spec = await loadValidator(BANDSINTOWN_SPEC);
});

function busiestArtists(n: number) {
  const counts = new Map<string, number>();
  for (const e of sb.catalog.events) for (const id of e.artistIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([id]) => sb.catalog.artists.find((a) => a.id === id)!);
}

describe("Bandsintown v3 contract", () => {
  it.each(["upcoming", "past", "all", "2026-01-01,2026-12-31"])("GET /artists/{artistname}/events?date=%s", async (date) => {
    for (const artist of busiestArtists(5)) {
      const r = await get(sb, `/bandsintown/artists/${bandsintownName(artist.name)}/events?app_id=${APP_ID}&date=${date}`);
      expect(r.status).toBe(200);
      expect(spec.validate("/artists/{artistname}/events", "get", 200, r.json, { strict: true, optional: ["location"] })).toEqual([]);
    }
  });

  it("events include a festival with the newer fields", async () => {
    const fest = sb.catalog.events.find((e) => e.festival);
    expect(fest).toBeDefined();
    const artist = sb.catalog.artists.find((a) => a.id === fest!.artistIds[0])!;
    const r = await get(sb, `/bandsintown/artists/${bandsintownName(artist.name)}/events?app_id=${APP_ID}&date=all`);
    const ev = (r.json as Record<string, unknown>[]).find((e) => e.id === fest!.id)!;
    expect(spec.validate("/artists/{artistname}/events", "get", 200, [ev], { strict: true })).toEqual([]);
    expect(ev).toMatchObject({ title: fest!.title, starts_at: fest!.datetime, festival_start_date: fest!.festival!.startDate, festival_end_date: fest!.festival!.endDate });
    expect(typeof (ev.venue as Record<string, unknown>).latitude).toBe("string");
  });

  it("GET /artists/{artistname}", async () => {
    for (const artist of sb.catalog.artists.slice(0, 20)) {
      const r = await get(sb, `/bandsintown/artists/${bandsintownName(artist.name)}?app_id=${APP_ID}`);
      expect(r.status).toBe(200);
      expect(spec.validate("/artists/{artistname}", "get", 200, r.json, { strict: true })).toEqual([]);
    }
  });
});
