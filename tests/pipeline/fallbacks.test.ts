import { describe, expect, it } from "vitest";
import { getBins, type BinsResult } from "@/lib/pipeline/get-bins";
import { getListenerArtists } from "@/lib/pipeline/listener-artists";
import { isSameArtist } from "@/lib/text/artist-names";
import { ListenerForbiddenError, NotSignedInError } from "@/lib/domain/errors";
import { amsterdamRequest, capabilitiesFor, NEW_APP_SOURCES, sumMatching, type SourceChoice } from "../helpers/pipeline-setup";
import { useSandbox } from "../helpers/sandbox";

// What a Spotify app registered today gets: each fallback step, and the combinations that matter.

const sandbox = useSandbox({ date: "real" });

const token = (listener = "demo-indie") => ({ spotifyToken: sandbox.issueToken(listener).access_token, timeRange: "medium_term" as const });
const newApp = (sources: SourceChoice = NEW_APP_SOURCES) => capabilitiesFor(sandbox, {}, sources);
const developmentMode = () => sandbox.setKnobs({ spotifyDevelopmentMode: true, bandsintownEnabled: false });

const allConcerts = (result: BinsResult) => result.mixes.flatMap((m) => m.concerts.flatMap((c) => c.concerts.map((n) => n.concert)));
const warning = (result: BinsResult, code: string) => result.warnings.filter((w) => w.code === code).map((w) => w.message);

describe("a Spotify app registered today (development mode, Ticketmaster only)", () => {
  it("finds similar artists on Deezer, tracks by search, features on ReccoBeats, concerts on Ticketmaster, and says so", async () => {
    developmentMode();
    const result = await getBins(newApp(), token(), amsterdamRequest(sandbox));
    expect(result.sources).toEqual({
      top_artists: ["spotify"],
      similar_artists: ["deezer"],
      artist_tracks: expect.arrayContaining(["spotify-search"]),
      track_features: ["reccobeats"],
      concerts: ["ticketmaster"],
    });
    const fallbacks = warning(result, "source_fallback");
    expect(fallbacks).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Spotify does not share related artists with new apps.*: similar artists from Deezer\./),
        expect.stringMatching(/Spotify does not share artists' top tracks.*: tracks from Spotify search/),
        expect.stringMatching(/Spotify does not share audio features.*: audio features from ReccoBeats\./),
      ]),
    );
    expect(result.mixes.length).toBeGreaterThanOrEqual(2);
    expect(result.mixes.every((m) => m.basis === "sound")).toBe(true);
    expect(result.mixes.some((m) => m.artists.some((a) => a.flag === "related"))).toBe(true);
    const concerts = allConcerts(result);
    expect(concerts.length).toBeGreaterThan(0);
    expect(concerts.every((c) => c.source === "ticketmaster")).toBe(true);
  });

  it("detects a restricted endpoint once and remembers it: the next request does not ask again", async () => {
    developmentMode();
    const caps = newApp();
    await getBins(caps, token(), amsterdamRequest(sandbox));
    const first = sandbox.counters();
    expect(sumMatching(first.byEndpoint, /^spotify .*related-artists/)).toBeGreaterThan(0);
    sandbox.resetCounters();
    const again = await getBins(caps, token("demo-eclectic"), amsterdamRequest(sandbox));
    const second = sandbox.counters();
    expect(sumMatching(second.byEndpoint, /^spotify .*(related-artists|top-tracks|audio-features)|^bandsintown/)).toBe(0);
    expect(warning(again, "source_fallback").length).toBeGreaterThanOrEqual(3); // still says why
  });

  it("learns a refusal from the first one: one refused call per restricted endpoint, not a burst", async () => {
    developmentMode();
    await getBins(newApp(), token(), amsterdamRequest(sandbox));
    const { byEndpoint } = sandbox.counters();
    expect(sumMatching(byEndpoint, /^spotify .*related-artists/)).toBe(1);
    expect(sumMatching(byEndpoint, /^spotify .*top-tracks/)).toBe(1);
    // One ask for audio features: its batches go together (100 ids a call), and none is asked again.
    const { byResource } = sandbox.counters();
    const asked = Object.keys(byResource).filter((k) => /^spotify .*audio-features/.test(k));
    const ids = asked.flatMap((k) => new URL(k.split(" ").at(-1)!, "http://x").searchParams.get("ids")!.split(","));
    expect(sumMatching(byEndpoint, /^spotify .*audio-features/)).toBe(Math.ceil(ids.length / 100));
  });

  it("grows mixes from the similar-artists graph when no source has audio features", async () => {
    developmentMode();
    const result = await getBins(newApp({ ticketmaster: true, deezer: true }), token(), amsterdamRequest(sandbox));
    expect(warning(result, "mixes_from_similar_artists")).toHaveLength(1);
    expect(warning(result, "audio_features_unavailable")[0]).toMatch(/no other source had them/);
    expect(result.mixes.length).toBeGreaterThanOrEqual(2);
    for (const mix of result.mixes) {
      expect(mix.basis).toBe("similar_artists");
      const seed = mix.artists[0]!;
      expect(seed.flag).toBe("top");
      expect(mix.name).toBe(`Around ${seed.name}`);
      expect(mix.reason).toMatch(/through similar artists/);
      for (const related of mix.artists.slice(1)) expect(related.relatedTo[0]?.id).toBe(seed.id);
    }
  });

  it("uses Last.fm first when it has a key, and Deezer when it has none", async () => {
    developmentMode();
    const withKey = await getBins(newApp({ ...NEW_APP_SOURCES, lastfm: true }), token(), amsterdamRequest(sandbox));
    expect(withKey.sources.similar_artists?.[0]).toBe("lastfm");
    expect(sumMatching(sandbox.counters().byEndpoint, /^lastfm /)).toBeGreaterThan(0);
    sandbox.resetCounters();
    const without = await getBins(newApp(), token(), amsterdamRequest(sandbox));
    expect(without.sources.similar_artists).toEqual(["deezer"]);
    expect(sumMatching(sandbox.counters().byEndpoint, /^lastfm /)).toBe(0);
  });

  it("falls through to Deezer when Last.fm refuses the key, and says so", async () => {
    developmentMode();
    const caps = newApp({ ...NEW_APP_SOURCES, lastfm: "not-a-lastfm-key" });
    const result = await getBins(caps, token(), amsterdamRequest(sandbox));
    expect(result.sources.similar_artists).toEqual(["deezer"]);
    expect(warning(result, "source_fallback")).toEqual(expect.arrayContaining([expect.stringMatching(/Last\.fm refused our app's key: similar artists from Deezer/)]));
  });

  it("keeps going when a source fails mid-request: the other artists keep their similar artists, the failure is named", async () => {
    developmentMode();
    const caps = newApp();
    const { artists } = await getListenerArtists(capabilitiesFor(sandbox), token(), { nTop: 5, nSimilar: 0 });
    const victim = artists[2]!;
    sandbox.setKnobs({ faultUpstreams: ["deezer"], errorRate: 1, faultMatch: victim.name });
    const result = await getBins(caps, token(), amsterdamRequest(sandbox));
    const failed = result.warnings.find((w) => w.code === "related_artists_unavailable");
    expect(failed?.subjects).toEqual([victim.name]);
    const related = result.mixes.flatMap((m) => m.artists).filter((a) => a.flag === "related");
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((a) => a.relatedTo.every((r) => r.id !== victim.id))).toBe(true);
  });

  it("answers with Bandsintown's concerts alone when Ticketmaster fails, and names it", async () => {
    sandbox.setKnobs({ faultUpstreams: ["ticketmaster"], errorRate: 1 });
    const result = await getBins(capabilitiesFor(sandbox, { retries: 0 }, { bandsintown: true, ticketmaster: true }), token(), amsterdamRequest(sandbox));
    expect(result.sources.concerts).toEqual(["bandsintown"]);
    expect(warning(result, "events_unavailable")[0]).toMatch(/Ticketmaster could not be searched/);
    expect(allConcerts(result).length).toBeGreaterThan(0);
  });

  it("still rejects a token Spotify does not accept", async () => {
    developmentMode();
    await expect(getBins(newApp(), { spotifyToken: "not-a-token", timeRange: "medium_term" }, amsterdamRequest(sandbox))).rejects.toBeInstanceOf(NotSignedInError);
  });

  it("says a token lacks the user-top-read scope, not that the listener is off the allow-list", async () => {
    developmentMode();
    const unscoped = { spotifyToken: sandbox.issueToken("demo-indie", "user-read-email").access_token, timeRange: "medium_term" as const };
    const err = await getBins(newApp(), unscoped, amsterdamRequest(sandbox)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ListenerForbiddenError);
    expect((err as Error).message).toMatch(/Insufficient client scope.*must be granted the user-top-read scope/);
    expect((err as Error).message).not.toMatch(/allow-list/);
  });

  it("blames Spotify search, not Deezer, when the names Deezer gave cannot be matched because search fails", async () => {
    developmentMode();
    sandbox.setKnobs({ faultUpstreams: ["spotify"], errorRate: 1, faultMatch: "/search" });
    const result = await getBins(newApp(), token(), amsterdamRequest(sandbox));
    const related = result.warnings.filter((w) => w.code === "related_artists_unavailable" && w.message.startsWith("Similar artists could not"));
    expect(related.length).toBeGreaterThan(0);
    for (const w of related) {
      expect(w.source).toBe("spotify");
      expect(w.message).toMatch(/\(Spotify did not answer\)/);
    }
  });

  it("names the artists whose tracks got no audio features when the features source fails", async () => {
    developmentMode();
    sandbox.setKnobs({ faultUpstreams: ["reccobeats"], errorRate: 1 });
    const result = await getBins(newApp(), token(), amsterdamRequest(sandbox));
    const failed = warning(result, "audio_features_unavailable").filter((m) => m.startsWith("Audio features could not be fetched"));
    // Every artist is named (the first five, then how many more), not "some tracks".
    expect(failed).toEqual([expect.stringMatching(/^Audio features could not be fetched for tracks by (.+, ){4}.+ and \d+ more \(ReccoBeats did not answer\)\.$/)]);
  });
});

describe("Bandsintown and Ticketmaster together", () => {
  it("merges both sources' concerts, the same show appearing once", async () => {
    const both = await getBins(capabilitiesFor(sandbox, {}, { bandsintown: true, ticketmaster: true }), token(), amsterdamRequest(sandbox));
    const bandsintown = await getBins(capabilitiesFor(sandbox), token(), amsterdamRequest(sandbox));
    expect(both.sources.concerts).toEqual(["bandsintown", "ticketmaster"]);
    for (const mix of both.mixes) {
      for (const { concerts } of mix.concerts) {
        const shows = concerts.map(({ concert }) => `${concert.datetime.slice(0, 10)} ${concert.venue.name}`);
        expect(new Set(shows).size).toBe(shows.length);
      }
    }
    const sources = new Set(allConcerts(both).map((c) => c.source));
    expect(sources).toEqual(new Set(["bandsintown", "ticketmaster"])); // Ticketmaster-only shows are added
    expect(allConcerts(both).length).toBeGreaterThan(allConcerts(bandsintown).length);
    // A show both list keeps Bandsintown's listing and gains Ticketmaster's ticket link.
    expect(allConcerts(both).some((c) => c.source === "bandsintown" && c.offers.some((o) => o.url.includes("ticketmaster")))).toBe(true);
  });

  it("matches Ticketmaster's listings to the listener's artists by Spotify link or exact name, never a tribute act", async () => {
    developmentMode();
    const result = await getBins(newApp(), token(), amsterdamRequest(sandbox, { radiusKm: 200 }));
    expect(allConcerts(result).length).toBeGreaterThan(10); // so the checks below have something to check
    for (const mix of result.mixes) {
      mix.artists.forEach((artist, i) => {
        for (const { concert } of mix.concerts[i]!.concerts) {
          const performers = (concert as { performers?: { name: string; spotifyId: string | null }[] }).performers ?? [];
          expect(performers.some((p) => (p.spotifyId ? p.spotifyId === artist.id : isSameArtist(p.name, artist.name)))).toBe(true);
          expect(concert.lineup.join(" ")).not.toMatch(new RegExp(`Tribute to ${escape(artist.name)}|${escape(artist.name)} Tribute`, "i"));
        }
      });
    }
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
