import { describe, expect, it } from "vitest";
import { indexCatalog } from "@/sandbox/catalog/index";
import { lastfmSimilar } from "@/sandbox/catalog/lastfm-similar";
import { externalName } from "@/sandbox/catalog/name-variants";
import type { CatalogArtist } from "@/sandbox/catalog/types";
import { LastfmSource } from "@/lib/sources/lastfm/lastfm-source";
import { UpstreamRefusal } from "@/lib/domain/errors";
import type { Artist } from "@/lib/domain/types";
import { useSandbox } from "../helpers/sandbox";
import { clientFor, freshShared } from "./source-setup";

const sandbox = useSandbox({ date: "real" });

const lastfm = (key = "sandbox-lastfm-key") => new LastfmSource(`${sandbox.url}/lastfm/2.0/`, key, clientFor("lastfm"), freshShared());
const asArtist = (a: CatalogArtist): Artist => ({ id: a.id, name: a.name, genres: a.genres, imageUrl: null });
const expectedNames = (a: CatalogArtist, limit: number) =>
  lastfmSimilar(sandbox.catalog, a, indexCatalog(sandbox.catalog).artistsById).slice(0, limit).map((s) => s.name);

describe("LastfmSource against the sandbox", () => {
  it("returns Last.fm's similar names in order, for an artist Last.fm spells differently too", async () => {
    const respelled = sandbox.catalog.artists.find((a) => externalName(sandbox.catalog, a) !== a.name)!;
    const names = await lastfm().similarNames(asArtist(respelled), 15);
    expect(names).toEqual(expectedNames(respelled, 15));
    expect(names).toContain(`${externalName(sandbox.catalog, respelled)} Tribute`); // Last.fm-only names come through; the pipeline drops them
  });

  it.each([200, 404] as const)("gives [] for an artist Last.fm does not know (error 6 with HTTP %i)", async (status) => {
    sandbox.setKnobs({ lastfmNotFoundStatus: status });
    expect(await lastfm().similarNames({ id: "x", name: "Nobody Has Heard Of Us", genres: [], imageUrl: null }, 10)).toEqual([]);
  });

  it("refuses with UpstreamRefusal when the key is not valid", async () => {
    const err = await lastfm("not-a-key").similarNames(asArtist(sandbox.catalog.artists[0]!), 10).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamRefusal);
  });

  it("waits out a rate limit and then answers", async () => {
    sandbox.setKnobs({ rateLimit: 1, rateLimitWindowSeconds: 1, retryAfterSeconds: 1, faultUpstreams: ["lastfm"] });
    const source = lastfm();
    const [a, b] = sandbox.catalog.artists;
    const answers = await Promise.all([source.similarNames(asArtist(a!), 5), source.similarNames(asArtist(b!), 5)]);
    expect(answers.map((n) => n.length)).toEqual([5, 5]);
    expect(sandbox.counters().byStatus.lastfm!["429"]).toBeGreaterThanOrEqual(1);
  });

  it("serves a repeated question from its cache", async () => {
    const source = lastfm();
    const artist = asArtist(sandbox.catalog.artists[3]!);
    await source.similarNames(artist, 10);
    await source.similarNames(artist, 10);
    expect(sandbox.counters().total).toBe(1);
  });
});
