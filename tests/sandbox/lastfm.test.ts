// The sandbox's Last.fm: artist.getSimilar, name matching and spelling variants, error shapes, faults, counters.
import { describe, expect, it } from "vitest";
import { lastfmSimilar } from "../../sandbox/catalog/lastfm-similar";
import { externalName, foldName, spellingVariants } from "../../sandbox/catalog/name-variants";
import type { CatalogArtist } from "../../sandbox/catalog/types";
import { DEFAULT_LASTFM_API_KEYS } from "../../sandbox/server/index";
import { get } from "../contract/harness";
import { startTestSandbox, useSandbox } from "../helpers/sandbox";

const KEY = DEFAULT_LASTFM_API_KEYS[0]!;

interface Similar {
  name: string;
  mbid: string;
  match: string;
  url: string;
  image: { "#text": string; size: string }[];
  streamable: string;
}
interface SimilarBody {
  similarartists: { artist: Similar[]; "@attr": { artist: string } };
}

const sb = useSandbox();

const call = (params: Record<string, string>) => get(sb, `/lastfm/2.0/?${new URLSearchParams(params)}`);
const similar = (artist: string, extra: Record<string, string> = {}) =>
  call({ method: "artist.getsimilar", artist, autocorrect: "1", api_key: KEY, format: "json", ...extra });
const exactly = (artist: string) => similar(artist, { autocorrect: "0" });
const byName = (name: string) => sb.catalog.artists.find((a) => a.name === name)!;
const byId = () => new Map(sb.catalog.artists.map((a) => [a.id, a]));
const catalogFolds = () => new Set(sb.catalog.artists.flatMap((a) => [foldName(a.name), foldName(externalName(sb.catalog, a))]));

describe("artist.getSimilar", () => {
  it("lists the artist's related artists, most similar first, with match strings falling from 1", async () => {
    const a = sb.catalog.artists[0]!;
    const r = await similar(a.name);
    expect(r.status).toBe(200);
    const body = r.json as SimilarBody;
    const list = body.similarartists.artist;
    expect(body.similarartists["@attr"].artist).toBe(externalName(sb.catalog, a));
    expect(list.length).toBe(a.relatedIds.length + 4); // under the default limit of 100
    const matches = list.map((s) => Number(s.match));
    expect(list[0]!.match).toBe("1");
    for (let i = 1; i < matches.length; i++) expect(matches[i]!).toBeLessThan(matches[i - 1]!);
    for (const s of list) {
      expect(typeof s.match).toBe("string");
      expect(Number(s.match)).toBeGreaterThan(0);
      expect(s.url).toBe(`https://www.last.fm/music/${encodeURIComponent(s.name).replace(/%20/g, "+")}`);
      expect(s.image.map((i) => i.size)).toEqual(["small", "medium", "large", "extralarge", "mega"]);
      expect(s.streamable).toBe("0");
    }
    // Every related artist is there, under its Last.fm spelling.
    const names = new Set(list.map((s) => s.name));
    for (const id of a.relatedIds) expect(names).toContain(externalName(sb.catalog, byId().get(id)!));
  });

  it("orders some lists differently from Spotify's related artists", () => {
    const lookup = byId();
    const differs = sb.catalog.artists.slice(0, 20).filter((a) => {
      const ids = lastfmSimilar(sb.catalog, a, lookup).flatMap((s) => (s.artistId ? [s.artistId] : []));
      return ids.join() !== a.relatedIds.join();
    });
    expect(differs.length).toBeGreaterThan(10);
  });

  it("limit cuts the list", async () => {
    const r = await similar(sb.catalog.artists[3]!.name, { limit: "5" });
    expect((r.json as SimilarBody).similarartists.artist).toHaveLength(5);
  });

  it("mixes in Last.fm-only names (tributes, local acts) that the Spotify catalog lacks", async () => {
    const a = sb.catalog.artists[7]!;
    const list = (await similar(a.name)).json as SimilarBody;
    const folds = catalogFolds();
    const unknown = list.similarartists.artist.filter((s) => !folds.has(foldName(s.name)));
    expect(unknown).toHaveLength(4);
    expect(unknown.map((s) => s.name)).toContain(`${externalName(sb.catalog, a)} Tribute`);
    expect(unknown.filter((s) => /^The \w+ \w+$/.test(s.name))).toHaveLength(2);
    for (const s of unknown) expect(s.mbid).toBe("");
  });

  it("spells variant artists the Last.fm way, in @attr and in similar lists", async () => {
    const variants = spellingVariants(sb.catalog);
    expect(variants.get(byName("Renée Lefèvre").id)).toBe("Renee Lefevre");
    expect(variants.get(byName("The Sparrows").id)).toBe("Sparrows");
    expect(variants.get(byName("Meadow & Ember").id)).toBe("Meadow and Ember");
    const host = sb.catalog.artists.find((a) => a.relatedIds.slice(0, 10).some((id) => variants.has(id)))!;
    const variantId = host.relatedIds.slice(0, 10).find((id) => variants.has(id))!;
    const names = ((await similar(host.name)).json as SimilarBody).similarartists.artist.map((s) => s.name);
    expect(names).toContain(variants.get(variantId));
    expect(names).not.toContain(byId().get(variantId)!.name);
  });

  it("autocorrect=1 matches case- and accent-insensitively, and accepts the Spotify spelling", async () => {
    for (const [query, lastfmName] of [["renee LEFÈVRE", "Renee Lefevre"], ["Renée Lefèvre", "Renee Lefevre"], ["The Sparrows", "Sparrows"], ["sparrows", "Sparrows"]]) {
      const r = await similar(query!, { autocorrect: "1" });
      expect(r.status, query).toBe(200);
      expect((r.json as SimilarBody).similarartists["@attr"].artist).toBe(lastfmName);
    }
  });

  it("without autocorrect only Last.fm's own spelling (any case) is found", async () => {
    expect((await exactly("Renee Lefevre")).status).toBe(200);
    expect(((await exactly("renee lefevre")).json as SimilarBody).similarartists["@attr"].artist).toBe("Renee Lefevre");
    const spotifySpelling = await exactly("Renée Lefèvre");
    expect([spotifySpelling.status, spotifySpelling.json]).toEqual([200, { error: 6, message: "The artist you supplied could not be found", links: [] }]);
    expect(((await exactly("The Sparrows")).json as { error: number }).error).toBe(6);
  });

  it("answers the same bytes for the same seed and today", async () => {
    const other = await startTestSandbox();
    try {
      for (const a of sb.catalog.artists.slice(0, 5)) {
        const path = `/lastfm/2.0/?method=artist.getsimilar&artist=${encodeURIComponent(a.name)}&autocorrect=1&api_key=${KEY}&format=json`;
        expect((await get(other, path)).text).toBe((await get(sb, path)).text);
      }
    } finally {
      await other.close();
    }
  });
});

describe("errors in Last.fm's shape", () => {
  it("error 6 for an unknown artist: HTTP 200 by default, 404 with lastfmNotFoundStatus", async () => {
    const body = { error: 6, message: "The artist you supplied could not be found", links: [] };
    const r = await similar("No Such Artist Anywhere");
    expect([r.status, r.json]).toEqual([200, body]);
    sb.setKnobs({ lastfmNotFoundStatus: 404 });
    const r404 = await exactly("No Such Artist Anywhere");
    expect([r404.status, r404.json]).toEqual([404, body]);
  });

  it("error 10 (403) for a missing or unknown api_key", async () => {
    const body = { error: 10, message: "Invalid API key - You must be granted a valid key by last.fm", links: [] };
    for (const key of ["", "not-a-key"]) {
      const r = await call({ method: "artist.getsimilar", artist: "x", api_key: key, format: "json" });
      expect([r.status, r.json]).toEqual([403, body]);
    }
  });

  it("error 3 (400) for an unknown or missing method, error 6 (400) without artist or format=json", async () => {
    const invalidMethod = { error: 3, message: "Invalid Method - No method with that name in this package", links: [] };
    const r = await call({ method: "artist.getinfo", artist: "x", api_key: KEY, format: "json" });
    expect([r.status, r.json]).toEqual([400, invalidMethod]);
    expect((await call({ api_key: KEY, format: "json" })).json).toEqual(invalidMethod);
    const noArtist = await call({ method: "artist.getsimilar", api_key: KEY, format: "json" });
    expect([noArtist.status, (noArtist.json as { error: number }).error]).toEqual([400, 6]);
    expect((noArtist.json as { message: string }).message).toMatch(/^Invalid parameters/);
    const xml = await call({ method: "artist.getsimilar", artist: sb.catalog.artists[0]!.name, api_key: KEY });
    expect([xml.status, (xml.json as { error: number }).error]).toEqual([400, 6]);
  });

  it("faults only when lastfm is named in faultUpstreams, then error 29 (429) and error 16 (500/503)", async () => {
    const name = sb.catalog.artists[0]!.name;
    sb.setKnobs({ errorRate: 1 });
    expect((await similar(name)).status).toBe(200);
    sb.setKnobs({ faultUpstreams: ["lastfm"], burst429Rate: 1, retryAfterSeconds: 3 });
    const limited = await similar(name);
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "3"]);
    expect(limited.json).toEqual({ error: 29, message: "Rate Limit Exceeded - Your IP has made too many requests in a short period", links: [] });
    sb.setKnobs({ burst429Rate: 0, errorRate: 1 });
    for (let i = 0; i < 6; i++) {
      const r = await similar(name);
      expect([500, 503]).toContain(r.status);
      expect(r.json).toEqual({ error: 16, message: "There was a temporary error processing your request. Please try again", links: [] });
    }
  });

  it("rateLimit applies per upstream, in Last.fm's shape", async () => {
    sb.setKnobs({ faultUpstreams: ["lastfm"], rateLimit: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await similar(sb.catalog.artists[1]!.name)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe("counters", () => {
  it("count Last.fm requests per endpoint, resource and status", async () => {
    const a: CatalogArtist = sb.catalog.artists[2]!;
    await similar(a.name, { limit: "10" });
    await similar(a.name, { limit: "10" });
    await similar("No Such Artist");
    const c = sb.counters();
    expect(c.byEndpoint["lastfm GET /2.0/?method=artist.getsimilar"]).toBe(3);
    expect(c.byResource[`lastfm GET /2.0/?method=artist.getsimilar&artist=${a.name}&limit=10&autocorrect=1`]).toBe(2);
    expect(c.byStatus.lastfm).toEqual({ "200": 3 });
  });
});
