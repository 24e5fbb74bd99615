import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { amsterdamBins, getJson, listenerToken, resetSandbox, sandboxToday, setKnobs, useNewAppStack } from "../helpers/app-client";

// The app as a Spotify app registered today runs it (the demo's default): Spotify development mode,
// no Bandsintown key, Ticketmaster and the keyless fallbacks. The app caches public data, so each
// test uses its own listener or dates where a cache could hide what it checks.

let today: string;
beforeAll(async () => {
  useNewAppStack();
  today = await sandboxToday();
});
afterEach(resetSandbox); // back to the stack's own knobs (development mode, no Bandsintown)

const bins = (listener: string, days: number) => amsterdamBins(listener, today, days);

type Warning = { code: string; message: string };

describe("a Spotify app registered today", () => {
  it("get_bins: mixes by sound with Ticketmaster's concerts, and says what each part was built from", async () => {
    const { status, body } = await bins("demo-indie", 90);
    expect(status).toBe(200);
    expect(body.demo_data).toBe(true);
    expect(body.sources).toMatchObject({ top_artists: ["spotify"], similar_artists: ["deezer"], track_features: ["reccobeats"], concerts: ["ticketmaster"] });
    expect(body.sources.artist_tracks).toContain("spotify-search");
    const fallbacks = body.warnings.filter((w: Warning) => w.code === "source_fallback").map((w: Warning) => w.message);
    expect(fallbacks).toEqual(
      expect.arrayContaining([expect.stringMatching(/related artists.*from Deezer/), expect.stringMatching(/audio features.*from ReccoBeats/)]),
    );
    expect(body.user_bins.length).toBeGreaterThanOrEqual(2);
    for (const bin of body.user_bins) {
      expect(bin.mix_basis).toBe("sound");
      expect(bin.mix_reason).toMatch(/similar sound/i);
      expect(bin.mix_concerts.length).toBeGreaterThan(0);
      for (const show of bin.mix_concerts) expect(show.source).toBe("ticketmaster");
    }
  });

  it("get_user_artists and tracks/features report their sources too", async () => {
    const token = await listenerToken("demo-techno");
    const artists = await getJson("/api/artists/get_user_artists", { token, n_of_top_artists: 3, n_related_artists: 2 });
    expect(artists.status).toBe(200);
    expect(artists.body.sources.similar_artists).toEqual(["deezer"]);
    expect(artists.body.users_artists.length).toBeGreaterThan(3);

    const features = await getJson("/api/tracks/features", { token, n_of_top_artists: 2, n_related_artists: 1 });
    expect(features.status).toBe(200);
    expect(features.body.sources.track_features).toEqual(["reccobeats"]);
    expect(features.body.audio_features.length).toBeGreaterThan(0);
    for (const row of features.body.audio_features) {
      expect(row.energy).toBeGreaterThanOrEqual(0);
      expect(row.uri).toBe(`spotify:track:${row.id}`);
    }
  });

  it("grows mixes from similar artists when no source has audio features", async () => {
    await setKnobs({ faultUpstreams: ["reccobeats"], errorRate: 1 });
    const { status, body } = await bins("demo-metal", 91);
    expect(status).toBe(200);
    expect(body.warnings.map((w: Warning) => w.code)).toContain("mixes_from_similar_artists");
    expect(body.user_bins.length).toBeGreaterThan(0);
    for (const bin of body.user_bins) {
      expect(bin.mix_basis).toBe("similar_artists");
      expect(bin.mix_name).toBe(`Around ${bin.bin_reason[0].band_name}`);
      expect(bin.bin_reason[0].band_flag).toBe("top");
    }
  });

  it("with Ticketmaster down and no other concert source: 503 with a clear message", async () => {
    await setKnobs({ faultUpstreams: ["ticketmaster"], errorRate: 1 });
    const { status, body } = await bins("demo-jazz", 92);
    expect(status).toBe(503);
    expect(body.error).toMatch(/concert/i);
  });

  it("a listener not on the development-mode app's allow-list: 403 saying why", async () => {
    await setKnobs({ spotifyAllowList: ["demo-techno"] });
    const refused = await bins("demo-indie", 90);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatch(/development mode only serve listeners on their allow-list/);
    expect(refused.body.error).toMatch(/User not registered in the Developer Dashboard/);
    await setKnobs({ spotifyAllowList: ["demo-techno", "demo-indie"] });
    expect((await bins("demo-indie", 90)).status).toBe(200);
  });
});
