import { describe, expect, it } from "vitest";
import type { CatalogArtist } from "@/sandbox/catalog/types";
import { DeezerSource } from "@/lib/sources/deezer/deezer-source";
import type { Artist } from "@/lib/domain/types";
import { useSandbox } from "../helpers/sandbox";
import { clientFor, freshShared } from "./source-setup";

const sandbox = useSandbox({ date: "real" });

const deezer = () => new DeezerSource(`${sandbox.url}/deezer`, clientFor("deezer"), freshShared());
const asArtist = (a: CatalogArtist): Artist => ({ id: a.id, name: a.name, genres: a.genres, imageUrl: null });
const byId = (id: string) => sandbox.catalog.artists.find((a) => a.id === id)!;
const relatedOnDeezer = (a: CatalogArtist) => a.relatedIds.map(byId).filter((r) => r.deezerId !== null).map((r) => r.name);

describe("DeezerSource against the sandbox", () => {
  it("finds the artist by its exact name and returns its related artists in order", async () => {
    const artist = sandbox.catalog.artists.find((a) => a.deezerId !== null)!;
    expect(await deezer().similarNames(asArtist(artist), 8)).toEqual(relatedOnDeezer(artist).slice(0, 8));
    expect(sandbox.counters().byEndpoint).toEqual({ "deezer GET /search/artist": 1, "deezer GET /artist/{id}/related": 1 });
  });

  it("gives [] for an artist Deezer does not have, without taking a near namesake", async () => {
    const missing = sandbox.catalog.artists.find((a) => a.deezerId === null)!;
    expect(await deezer().similarNames(asArtist(missing), 8)).toEqual([]);
    expect(sandbox.counters().byEndpoint["deezer GET /artist/{id}/related"]).toBeUndefined();
  });

  it("waits out Deezer's quota (code 4 in a 200) and then answers", async () => {
    sandbox.setKnobs({ deezerQuota: 1 });
    const artist = sandbox.catalog.artists.filter((a) => a.deezerId !== null)[5]!;
    expect(await deezer().similarNames(asArtist(artist), 5)).toEqual(relatedOnDeezer(artist).slice(0, 5));
    expect(sandbox.counters().byEndpoint["deezer GET /artist/{id}/related"]).toBe(2);
  });

  it("serves a repeated question from its cache", async () => {
    const source = deezer();
    const artist = asArtist(sandbox.catalog.artists.filter((a) => a.deezerId !== null)[2]!);
    await source.similarNames(artist, 10);
    await source.similarNames(artist, 10);
    expect(sandbox.counters().total).toBe(2);
  });
});
