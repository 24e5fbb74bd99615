// The sandbox's Deezer: artist search, related artists, errors as HTTP 200, the 5-second quota, faults, counters.
import { describe, expect, it } from "vitest";
import { NOT_ON_DEEZER_SHARE } from "../../sandbox/catalog/artists";
import type { CatalogArtist } from "../../sandbox/catalog/types";
import { get } from "../contract/harness";
import { useSandbox } from "../helpers/sandbox";

interface DeezerArtist {
  id: number;
  name: string;
  link: string;
  picture_medium: string;
  nb_album: number;
  nb_fan: number;
  radio: boolean;
  tracklist: string;
  type: string;
}
interface DeezerList {
  data: DeezerArtist[];
  total: number;
  next?: string;
  prev?: string;
}

const sb = useSandbox();

const search = (q: string, extra = "") => get(sb, `/deezer/search/artist?q=${encodeURIComponent(q)}${extra}`);
const related = (id: number | string, extra = "") => get(sb, `/deezer/artist/${id}/related${extra}`);
const onDeezer = (pattern: RegExp) => sb.catalog.artists.find((a) => a.deezerId !== null && pattern.test(a.name))!;

describe("catalog ids", () => {
  it("give ~95% of artists a unique numeric Deezer id", () => {
    const ids = sb.catalog.artists.flatMap((a) => (a.deezerId === null ? [] : [a.deezerId]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Number.isInteger(id) && id > 0).toBe(true);
    const missing = 1 - ids.length / sb.catalog.artists.length;
    expect(missing).toBeGreaterThan(NOT_ON_DEEZER_SHARE / 3);
    expect(missing).toBeLessThan(NOT_ON_DEEZER_SHARE * 2);
  });
});

describe("GET /search/artist", () => {
  it("finds an artist by its exact name first, with complete artist objects", async () => {
    const a = onDeezer(/^\w+ \w+$/);
    const r = await search(a.name);
    expect(r.status).toBe(200);
    const body = r.json as DeezerList;
    expect(body.data[0]).toMatchObject({ id: a.deezerId, name: a.name, link: `https://www.deezer.com/artist/${a.deezerId}`, radio: true, type: "artist" });
    expect(body.data[0]!.tracklist).toBe(`${sb.url}/deezer/artist/${a.deezerId}/top?limit=50`);
    expect(body.data[0]!.picture_medium).toMatch(new RegExp(`^${sb.url}/images/artist/${a.id}\\.svg`));
    expect(body.data[0]!.nb_fan).toBeGreaterThan(0);
    expect(body.data[0]!.nb_album).toBeGreaterThanOrEqual(2);
    expect(body.total).toBeGreaterThanOrEqual(1);
  });

  it("is fuzzy: every query word, in any order, case and accents ignored", async () => {
    const a = onDeezer(/^Renée Lefèvre$/);
    for (const q of ["renee", "LEFEVRE renée", "lefèvre"]) {
      const names = ((await search(q)).json as DeezerList).data.map((x) => x.name);
      expect(names, q).toContain(a.name);
    }
  });

  it("pages with limit (default 25), index and next/prev links", async () => {
    const all = (await search("the")).json as DeezerList;
    expect(all.data).toHaveLength(25);
    expect(all.total).toBeGreaterThan(30);
    expect(all.next).toBeDefined();
    const second = (await get(sb, all.next!.slice(sb.url.length))).json as DeezerList;
    expect(second.prev).toBeDefined();
    const page = (await search("the", "&limit=5&index=25")).json as DeezerList;
    expect(page.data.map((x) => x.id)).toEqual(second.data.slice(0, 5).map((x) => x.id));
  });

  it("leaves out artists that are not on Deezer", async () => {
    const missing = sb.catalog.artists.find((a) => a.deezerId === null)!;
    const names = ((await search(missing.name)).json as DeezerList).data.map((x) => x.name);
    expect(names).not.toContain(missing.name);
  });

  it("a missing q is error 501 with HTTP 200", async () => {
    const r = await get(sb, "/deezer/search/artist");
    expect([r.status, r.json]).toEqual([200, { error: { type: "MissingParameterException", message: "Missing parameters: q", code: 501 } }]);
  });
});

describe("GET /artist/{id}/related", () => {
  it("lists the catalog's related artists that are on Deezer, in order, with limit and total", async () => {
    const a = sb.catalog.artists.find((x) => x.deezerId !== null && x.relatedIds.some((id) => sb.catalog.artists.find((y) => y.id === id)?.deezerId === null))!;
    const expected = a.relatedIds
      .map((id) => sb.catalog.artists.find((y) => y.id === id) as CatalogArtist)
      .filter((r) => r.deezerId !== null)
      .map((r) => r.deezerId);
    const body = (await related(a.deezerId!, "?limit=100")).json as DeezerList;
    expect(body.data.map((x) => x.id)).toEqual(expected);
    expect(body.total).toBe(expected.length);
    const limited = (await related(a.deezerId!, "?limit=3")).json as DeezerList;
    expect(limited.data.map((x) => x.id)).toEqual(expected.slice(0, 3));
    expect(((await related(a.deezerId!)).json as DeezerList).data).toHaveLength(Math.min(20, expected.length));
  });

  it("an unknown id is DataException 800 with HTTP 200", async () => {
    for (const id of ["1", "not-a-number"]) {
      const r = await related(id);
      expect([r.status, r.json]).toEqual([200, { error: { type: "DataException", message: "no data", code: 800 } }]);
    }
  });
});

describe("quota and faults", () => {
  const quota = { error: { type: "Exception", message: "Quota limit exceeded", code: 4 } };

  it("deezerQuota requests per 5 s, then code 4 with HTTP 200; 0 turns it off", async () => {
    sb.setKnobs({ deezerQuota: 3 });
    const bodies = [];
    for (let i = 0; i < 4; i++) bodies.push((await search("the")).json);
    expect(bodies.slice(0, 3).every((b) => "data" in (b as object))).toBe(true);
    expect(bodies[3]).toEqual(quota);
    sb.setKnobs({ deezerQuota: 0 });
    for (let i = 0; i < 60; i++) expect((await search("the")).json).toHaveProperty("data");
  });

  it("the default quota is 50 per 5 s", async () => {
    const bodies = await Promise.all(Array.from({ length: 51 }, () => search("the").then((r) => r.json)));
    expect(bodies.filter((b) => (b as { error?: unknown }).error)).toEqual([quota]);
  });

  it("429 faults become code 4 with HTTP 200; 5xx faults stay real 5xx", async () => {
    sb.setKnobs({ faultUpstreams: ["deezer"], burst429Rate: 1 });
    const r = await search("the");
    expect([r.status, r.json]).toEqual([200, quota]);
    sb.setKnobs({ burst429Rate: 0, errorRate: 1 });
    const e = await search("the");
    expect([500, 502, 503]).toContain(e.status);
    expect(e.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("counters show each endpoint", async () => {
    const a = onDeezer(/./);
    await search("the");
    await related(a.deezerId!);
    await related(a.deezerId!);
    const c = sb.counters();
    expect(c.byEndpoint["deezer GET /search/artist"]).toBe(1);
    expect(c.byEndpoint["deezer GET /artist/{id}/related"]).toBe(2);
    expect(c.byResource[`deezer GET /artist/${a.deezerId}/related?limit=&index=`]).toBe(2);
    expect(c.byStatus.deezer).toEqual({ "200": 3 });
  });
});
