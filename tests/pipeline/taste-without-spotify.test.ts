// Taste without a Spotify session, against the sandbox over real HTTP: a Last.fm or ListenBrainz
// profile, or a typed list, becomes Spotify artists through search with the app's own token
// (client-credentials grant), then the same pipeline runs. And a calendar feed's concerts.
import { describe, expect, it } from "vitest";
import { getBins } from "@/lib/pipeline/get-bins";
import { getListenerArtists } from "@/lib/pipeline/listener-artists";
import { matchListedNames } from "@/lib/pipeline/listed-artists";
import { feedConcerts } from "@/lib/pipeline/feed-concerts";
import { previewTaste } from "@/lib/pipeline/listener-taste";
import { ProfileError, UnavailableError } from "@/lib/domain/errors";
import type { ListenerContext } from "@/lib/domain/ports";
import type { TasteChoice } from "@/lib/domain/taste";
import { externalName } from "@/sandbox/catalog/name-variants";
import { amsterdamRequest, capabilitiesFor, NEW_APP_SOURCES, sumMatching } from "../helpers/pipeline-setup";
import { appToken, useSandbox } from "../helpers/sandbox";

const sandbox = useSandbox({ date: "real" });


const withTaste = async (taste: TasteChoice): Promise<ListenerContext> => ({ spotifyToken: await appToken(sandbox), timeRange: "medium_term", taste });
const spotifyTop = (listener: string, range: "short_term" | "medium_term" | "long_term", n: number) =>
  sandbox.catalog.listeners.find((l) => l.id === listener)!.topArtistIds[range].slice(0, n);

describe("a listening profile as the taste", () => {
  it("ListenBrainz: the listener's top artists become the same Spotify artists, then mixes with concerts, built from ListenBrainz", async () => {
    const caps = capabilitiesFor(sandbox, {}, { ticketmaster: true, bandsintown: true });
    const ctx = await withTaste({ source: "listenbrainz", username: "lb-demo-indie", period: "6month" });
    const { artists, sources } = await getListenerArtists(caps, ctx, { nTop: 5, nSimilar: 3 });
    expect(artists.filter((a) => a.flag === "top").map((a) => a.id)).toEqual(spotifyTop("demo-indie", "medium_term", 5));
    expect(artists.some((a) => a.flag === "related")).toBe(true);
    expect(sources.top_artists).toEqual(["listenbrainz"]);

    sandbox.resetCounters();
    const result = await getBins(caps, ctx, amsterdamRequest(sandbox, { taste: "whole", discoveries: true, radiusKm: 50 }));
    expect(result.sources.top_artists).toEqual(["listenbrainz"]);
    expect(result.mixes.length).toBeGreaterThan(1);
    expect(result.mixes.some((m) => m.concerts.some((c) => c.concerts.length > 0))).toBe(true);
    const counters = sandbox.counters();
    expect(sumMatching(counters.byEndpoint, /^listenbrainz /)).toBe(1); // the profile read once, for every time range
    expect(sumMatching(counters.byEndpoint, /^spotify GET \/v1\/me/)).toBe(0); // no listener on Spotify: nothing of theirs is asked
  });

  it("Last.fm: names spelled the Last.fm way become the listener's own Spotify artists, in order; those not found are named", async () => {
    const caps = capabilitiesFor(sandbox, {}, { ...NEW_APP_SOURCES, lastfm: true });
    const artist = (id: string) => sandbox.catalog.artists.find((a) => a.id === id)!;
    for (const [period, range] of [["overall", "long_term"], ["1month", "short_term"]] as const) {
      const { artists, warnings } = await getListenerArtists(caps, await withTaste({ source: "lastfm", username: "lfm-demo-eclectic", period }), { nTop: 50, nSimilar: 0 });
      const own = spotifyTop("demo-eclectic", range, 50);
      const found = artists.map((a) => a.id);
      expect(found.length).toBeGreaterThan(own.length * 0.8);
      expect(found).toEqual(own.filter((id) => found.includes(id))); // only the listener's own artists, in their order
      const missing = own.filter((id) => !found.includes(id)).map((id) => externalName(sandbox.catalog, artist(id)));
      expect(warnings.filter((w) => w.code === "artist_not_found").flatMap((w) => w.subjects ?? [])).toEqual(missing);
    }
  });

  it("works in Spotify's development mode with an empty allow-list: the app's token is no listener", async () => {
    sandbox.setKnobs({ spotifyDevelopmentMode: true, spotifyAllowList: [] });
    const caps = capabilitiesFor(sandbox, {}, NEW_APP_SOURCES);
    const result = await getBins(caps, await withTaste({ source: "listenbrainz", username: "lb-demo-techno", period: "overall" }), amsterdamRequest(sandbox, { taste: "whole", radiusKm: 100 }));
    expect(result.sources.top_artists).toEqual(["listenbrainz"]);
    expect(result.mixes.length).toBeGreaterThan(0);
  });

  it("says so when the profile is unknown, private, or without statistics yet", async () => {
    const caps = capabilitiesFor(sandbox, {}, { ...NEW_APP_SOURCES, lastfm: true });
    const codeOf = async (taste: TasteChoice) =>
      getBins(caps, await withTaste(taste), amsterdamRequest(sandbox)).then(
        () => "answered",
        (e: unknown) => (e instanceof ProfileError ? e.code : String(e)),
      );
    expect(await codeOf({ source: "listenbrainz", username: "nobody-here", period: "overall" })).toBe("profile_not_found");
    expect(await codeOf({ source: "listenbrainz", username: "lb-just-joined", period: "overall" })).toBe("profile_not_ready");
    expect(await codeOf({ source: "lastfm", username: "nobody-here", period: "overall" })).toBe("profile_not_found");
    expect(await codeOf({ source: "lastfm", username: "lfm-private", period: "overall" })).toBe("profile_private");
    sandbox.setKnobs({ lastfmNotFoundStatus: 404 });
    expect(await codeOf({ source: "lastfm", username: "nobody-here", period: "overall" })).toBe("profile_not_found");
    // A profile that cannot be read spends nothing else: no concert search, no artist search.
    expect(sumMatching(sandbox.counters().byEndpoint, /ticketmaster|search/)).toBe(0);
  });

  it("without a Last.fm key, Last.fm is explained, not failed", async () => {
    const caps = capabilitiesFor(sandbox, {}, NEW_APP_SOURCES);
    const taste: TasteChoice = { source: "lastfm", username: "lfm-demo-indie", period: "overall" };
    await expect(previewTaste(caps, await appToken(sandbox), taste)).rejects.toThrow(UnavailableError);
    await expect(getBins(caps, await withTaste(taste), amsterdamRequest(sandbox))).rejects.toThrow(/LASTFM_API_KEY/);
  });
});

describe("a typed list as the taste", () => {
  it("matches each name exactly, and shows every artist of an ambiguous name", async () => {
    const caps = capabilitiesFor(sandbox, {}, NEW_APP_SOURCES);
    const byName = (name: string) => sandbox.catalog.artists.find((a) => a.name === name)!;
    const known = sandbox.catalog.artists.find((a) => /^[A-Za-z ]+$/.test(a.name) && a.name.split(" ").length >= 2)!;
    const matches = await matchListedNames(caps, await appToken(sandbox), [known.name.toUpperCase(), "Rejects", "Nobody Plays Here", `  ${known.name} `]);
    expect(matches.map((m) => m.name)).toEqual([known.name.toUpperCase(), "Rejects", "Nobody Plays Here"]); // the same name twice is asked once
    expect(matches[0]!.artists.map((a) => a.id)).toEqual([known.id]);
    expect(matches[1]!.artists.map((a) => a.id).sort()).toEqual([byName("Rejects").id, byName("The Rejects").id].sort()); // "The Rejects" too: ambiguous, both shown
    expect(matches[2]!.artists).toEqual([]);
    // Typed names are the listener's alone: searched, never cached.
    await matchListedNames(caps, await appToken(sandbox), ["Rejects"]);
    expect(sandbox.counters().byResource[`spotify GET /v1/search?q=artist:"Rejects"&type=artist&limit=10&offset=`]).toBe(2);
  });

  it("the confirmed artists are the taste, in the listener's order, named as 'your-list'", async () => {
    const caps = capabilitiesFor(sandbox, {}, { bandsintown: true });
    const ids = spotifyTop("demo-jazz", "long_term", 6);
    const ctx = await withTaste({ source: "your-list", artistIds: [...ids, "0000000000000000000000"] });
    const { artists, sources } = await getListenerArtists(caps, ctx, { nTop: 10, nSimilar: 2 });
    expect(artists.filter((a) => a.flag === "top").map((a) => a.id)).toEqual(ids); // an id Spotify does not know is left out
    expect(sources.top_artists).toEqual(["your-list"]);
  });
});

describe("a calendar feed's concerts", () => {
  it("are its artists' concerts near its place in its window, with the app's token", async () => {
    const caps = capabilitiesFor(sandbox, {}, { bandsintown: true, ticketmaster: true });
    const ctx = { spotifyToken: sandbox.issueToken("demo-indie").access_token, timeRange: "medium_term" as const };
    const search = amsterdamRequest(sandbox, { radiusKm: 50 });
    const bins = await getBins(caps, ctx, search);
    const artistIds = bins.mixes[0]!.artists.map((a) => a.id);
    const feed = await feedConcerts(caps, await appToken(sandbox), { artistIds, place: search.place, radiusKm: search.radiusKm, range: search.range });
    expect(feed.map((f) => f.artist.id)).toEqual(artistIds);
    const shows = (list: { concerts: { concert: { id: string } }[] }[]) => list.flatMap((f) => f.concerts.map((c) => c.concert.id)).sort();
    expect(shows(feed)).toEqual(shows(bins.mixes[0]!.concerts));
    expect(shows(feed).length).toBeGreaterThan(0);
  });
});
