import { describe, expect, it } from "vitest";
import { getBins } from "@/lib/pipeline/get-bins";
import { getTrackFeatures } from "@/lib/pipeline/track-features";
import { getListenerArtists } from "@/lib/pipeline/listener-artists";
import { distanceKm } from "@/lib/geo/distance";
import { NotSignedInError } from "@/lib/domain/errors";
import { AMSTERDAM, amsterdamRequest, capabilitiesFor, sumMatching } from "../helpers/pipeline-setup";
import { useSandbox } from "../helpers/sandbox";

const sandbox = useSandbox({ date: "real" });

const token = (listener = "demo-indie") => ({ spotifyToken: sandbox.issueToken(listener).access_token, timeRange: "medium_term" as const });

describe("getBins against the sandbox", () => {
  it("forms several mixes with concerts inside the radius and the dates", async () => {
    const req = amsterdamRequest(sandbox);
    const result = await getBins(capabilitiesFor(sandbox), token(), req);
    expect(result.mixes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(result.mixes.map((m) => m.name)).size).toBe(result.mixes.length);
    for (const mix of result.mixes) {
      expect(mix.concerts).toHaveLength(mix.artists.length);
      expect(mix.concerts.some((c) => c.concerts.length > 0)).toBe(true);
      expect(mix.profile).not.toBeNull();
      for (const { concerts } of mix.concerts) {
        for (const { concert, distanceKm: d } of concerts) {
          expect(d).toBeLessThanOrEqual(req.radiusKm);
          expect(distanceKm(AMSTERDAM, concert.venue)).toBeCloseTo(d, 6);
          expect(concert.datetime.slice(0, 10) >= req.range.begin && concert.datetime.slice(0, 10) <= req.range.end).toBe(true);
        }
      }
    }
  });

  it("gives the same answer twice (deterministic related artists and clustering)", async () => {
    const a = await getBins(capabilitiesFor(sandbox), token(), amsterdamRequest(sandbox));
    const b = await getBins(capabilitiesFor(sandbox), token(), amsterdamRequest(sandbox));
    expect(JSON.stringify(b)).toEqual(JSON.stringify(a));
  });

  it("makes one request per needed resource, concurrently, and none on a warm cache but the listener's own", async () => {
    const caps = capabilitiesFor(sandbox);
    const { artists } = await getListenerArtists(capabilitiesFor(sandbox), token(), { nTop: 5, nSimilar: 5 });
    sandbox.setKnobs({ latencyMs: 20 }); // so that concurrent requests overlap at the sandbox
    sandbox.resetCounters();
    await getBins(caps, token(), amsterdamRequest(sandbox));
    const cold = sandbox.counters();
    expect(sumMatching(cold.byEndpoint, /me\/top\/artists/)).toBe(1);
    expect(sumMatching(cold.byEndpoint, /related-artists/)).toBe(5);
    expect(sumMatching(cold.byEndpoint, /top-tracks/)).toBe(artists.length);
    expect(sumMatching(cold.byEndpoint, /audio-features/)).toBe(Math.ceil((artists.length * 10) / 100));
    expect(sumMatching(cold.byEndpoint, /^bandsintown .*events/)).toBe(artists.length);
    expect(Object.values(cold.byResource).every((n) => n === 1)).toBe(true);
    expect(cold.maxInFlight.spotify).toBeGreaterThan(1);
    expect(cold.maxInFlight.bandsintown).toBeGreaterThan(1);

    sandbox.resetCounters();
    await getBins(caps, token(), amsterdamRequest(sandbox));
    expect(sandbox.counters().total).toBe(1); // only the listener's top artists, never cached
  });

  it("asks for the related artists (the longest chain) before the top artists' tracks and concerts", async () => {
    const caps = capabilitiesFor(sandbox);
    // Once the app knows its sources serve it (a first request, or the start-up check), nothing waits on a first ask.
    await getBins(caps, token("demo-eclectic"), amsterdamRequest(sandbox));
    const calls: string[] = [];
    const similar = caps.similarArtists[0]!;
    const tracks = caps.artistTracks[0]!;
    const events = caps.artistConcerts[0]!;
    const similarArtists = similar.similarArtists.bind(similar);
    const tracksOf = tracks.tracksOf.bind(tracks);
    const concertsOf = events.concertsOf.bind(events);
    similar.similarArtists = (...args) => (calls.push("similar"), similarArtists(...args));
    tracks.tracksOf = (...args) => (calls.push("tracks"), tracksOf(...args));
    events.concertsOf = (...args) => (calls.push("events"), concertsOf(...args));
    await getBins(caps, token(), amsterdamRequest(sandbox));
    expect(calls.slice(0, 5)).toEqual(Array(5).fill("similar"));
    expect(calls.filter((c) => c === "similar")).toHaveLength(5);
  });

  it("shares identical in-flight look-ups between listeners", async () => {
    const caps = capabilitiesFor(sandbox);
    await Promise.all([
      getBins(caps, token("demo-indie"), amsterdamRequest(sandbox)),
      getBins(caps, token("demo-indie"), amsterdamRequest(sandbox)),
      getBins(caps, token("demo-eclectic"), amsterdamRequest(sandbox)),
    ]);
    const c = sandbox.counters();
    const repeated = Object.entries(c.byResource).filter(([k, n]) => n > 1 && !k.includes("/me/top"));
    expect(repeated).toEqual([]);
  });

  it("keeps concerts and names what is missing when one artist's events fail", async () => {
    const caps = capabilitiesFor(sandbox, { retries: 1 });
    const { artists } = await getListenerArtists(caps, token(), { nTop: 5, nSimilar: 5 });
    const victim = artists[0]!;
    sandbox.setKnobs({ errorRate: 1, faultUpstreams: ["bandsintown"], faultMatch: `/artists/${victim.name}/` });
    const result = await getBins(caps, token(), amsterdamRequest(sandbox));
    const warning = result.warnings.find((w) => w.code === "events_unavailable");
    expect(warning?.subjects).toEqual([victim.name]);
    expect(result.mixes.length).toBeGreaterThan(0);
  });

  it("retries 5xx, malformed bodies and 429s (honouring Retry-After) and still answers fully", async () => {
    const clean = await getBins(capabilitiesFor(sandbox), token(), amsterdamRequest(sandbox));
    sandbox.setKnobs({ errorRate: 0.15, malformedRate: 0.1, burst429Rate: 0.05, retryAfterSeconds: 0, faultSeed: 7 });
    sandbox.resetCounters();
    const flaky = await getBins(capabilitiesFor(sandbox, { retries: 6 }), token(), amsterdamRequest(sandbox));
    const c = sandbox.counters();
    const failures = Object.values(c.byStatus).reduce((n, s) => n + (s["500"] ?? 0) + (s["502"] ?? 0) + (s["503"] ?? 0) + (s["429"] ?? 0) + (s["malformed"] ?? 0), 0);
    expect(failures).toBeGreaterThan(0);
    expect(flaky.warnings).toEqual(clean.warnings);
    expect(JSON.stringify(flaky.mixes)).toEqual(JSON.stringify(clean.mixes));
  });

  it("gives up on a request that never answers, within its timeout, and says so", async () => {
    const caps = capabilitiesFor(sandbox, { retries: 0, timeoutMs: 1500 });
    const { artists } = await getListenerArtists(caps, token(), { nTop: 5, nSimilar: 5 });
    sandbox.setKnobs({ timeoutRate: 1, faultUpstreams: ["bandsintown"], faultMatch: `/artists/${artists[1]!.name}/` });
    const result = await getBins(caps, token(), amsterdamRequest(sandbox));
    expect(result.warnings.find((w) => w.code === "events_unavailable")?.subjects).toEqual([artists[1]!.name]);
  });

  it("stays within its request-rate budget: no 429 from an upstream limiting at that rate", async () => {
    sandbox.setKnobs({ rateLimit: 15 });
    await getBins(capabilitiesFor(sandbox, { rateLimit: 15 }), token("demo-jazz"), amsterdamRequest(sandbox, { nTop: 4, nSimilar: 3 }));
    const c = sandbox.counters();
    expect(c.byStatus.spotify?.["429"] ?? 0).toBe(0);
    expect(c.byStatus.bandsintown?.["429"] ?? 0).toBe(0);
  });

  it("degrades gracefully in Spotify's development mode without fallback sources: one mix, concerts kept, warnings say why", async () => {
    sandbox.setKnobs({ spotifyDevelopmentMode: true });
    const result = await getBins(capabilitiesFor(sandbox), token(), amsterdamRequest(sandbox));
    const byCode = new Map(result.warnings.map((w) => [w.code, w.message]));
    expect(byCode.get("related_artists_unavailable")).toMatch(/Spotify does not share related artists.*only your top artists/);
    expect(byCode.get("audio_features_unavailable")).toMatch(/Spotify does not share audio features/);
    expect(byCode.get("source_fallback")).toMatch(/top tracks.*: tracks from Spotify search/);
    expect(result.sources).toMatchObject({ top_artists: ["spotify"], concerts: ["bandsintown"] });
    expect(result.sources.artist_tracks?.[0]).toBe("spotify-search");
    expect(result.sources.similar_artists).toBeUndefined();
    expect(result.mixes).toHaveLength(1);
    expect(result.mixes[0]!.profile).toBeNull();
    expect(result.mixes[0]!.artists.every((a) => a.flag === "top")).toBe(true);
  });

  it("handles the 2024 variant too (related artists 404, audio features 403)", async () => {
    sandbox.setKnobs({ spotifyDevelopmentMode: true, relatedArtistsRestrictedStatus: 404 });
    const result = await getBins(capabilitiesFor(sandbox), token(), amsterdamRequest(sandbox));
    expect(result.warnings.find((w) => w.code === "related_artists_unavailable")?.message).toMatch(/restricted/);
  });

  it("explains when there are too few artists to cluster", async () => {
    const result = await getBins(capabilitiesFor(sandbox), token("demo-newcomer"), amsterdamRequest(sandbox, { nSimilar: 0, radiusKm: 500, range: { begin: sandbox.catalog.today, end: amsterdamRequest(sandbox).range.end } }));
    expect(result.warnings.map((w) => w.code)).toContain("too_few_artists");
    expect(result.mixes.length).toBeLessThanOrEqual(1);
  });

  it("rejects a token Spotify does not accept", async () => {
    await expect(getBins(capabilitiesFor(sandbox), { spotifyToken: "not-a-token", timeRange: "medium_term" }, amsterdamRequest(sandbox))).rejects.toBeInstanceOf(
      NotSignedInError,
    );
  });

  it("lists every audio-feature field per track with its artist", async () => {
    const { rows } = await getTrackFeatures(capabilitiesFor(sandbox), token(), { nTop: 2, nSimilar: 1 });
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(rows[0]!.features)).toEqual(
      expect.arrayContaining(["danceability", "energy", "key", "loudness", "mode", "speechiness", "acousticness", "instrumentalness", "liveness", "valence", "tempo", "duration_ms", "time_signature", "id", "uri"]),
    );
  });
});
