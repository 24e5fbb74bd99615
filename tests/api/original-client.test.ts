import { beforeAll, describe, expect, it } from "vitest";
import { addDays, getJson, listenerToken, requireStack, sandboxToday, url } from "../helpers/app-client";

// Replays the original Gigscovery web client: a site on another origin calling the API with the
// listener's token in the query string, and reading exactly these fields.

const ORIGIN = "https://gigscovery-client.example";
let token: string;
let today: string;
beforeAll(async () => {
  requireStack();
  token = await listenerToken("demo-indie");
  today = await sandboxToday();
});

async function originalGet(path: string, params: Record<string, string | number>) {
  const res = await fetch(url(path, { ...params, token }), { headers: { Origin: ORIGIN, Accept: "application/json" } });
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  return { status: res.status, body: (await res.json()) as any };
}

describe("the original web client, replayed", () => {
  it("passes the CORS preflight from a foreign origin", async () => {
    const res = await fetch(url("/get_bins"), {
      method: "OPTIONS",
      headers: { Origin: ORIGIN, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toMatch(/GET/);
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toMatch(/authorization/);
    expect(res.headers.get("access-control-expose-headers")).toMatch(/Retry-After/); // readable after a 429
  });

  it("answers other methods with a JSON 405 that names the allowed ones", async () => {
    for (const path of ["/get_bins", "/api/get_bins", "/api/get_bins/stream", "/api/tracks/features", "/api/openapi.json", "/api/places"]) {
      const res = await fetch(url(path), { method: "POST", headers: { Origin: ORIGIN } });
      expect(res.status, path).toBe(405);
      expect(res.headers.get("allow"), path).toBe("GET, OPTIONS");
      expect((await res.json()).error, path).toMatch(/POST is not allowed here/);
    }
  });

  it("/artists/get_user_artists: top artists first, then related, with the defaults (5 and 5)", async () => {
    const { status, body } = await originalGet("/artists/get_user_artists", {});
    expect(status).toBe(200);
    const artists = body.users_artists as { id: string; name: string; genres: string[] }[];
    expect(artists.length).toBeGreaterThan(5);
    expect(artists.length).toBeLessThanOrEqual(30);
    for (const a of artists) {
      expect(typeof a.id).toBe("string");
      expect(typeof a.name).toBe("string");
      expect(Array.isArray(a.genres)).toBe(true);
    }
    expect(new Set(artists.map((a) => a.id)).size).toBe(artists.length);
    const top = await originalGet("/artists/get_user_artists", { n_of_top_artists: 5, n_related_artists: 0 });
    expect(artists.slice(0, 5).map((a) => a.id)).toEqual(top.body.users_artists.map((a: { id: string }) => a.id));
  });

  it("/tracks/features: every audio-feature field plus artist_name, artist_id, track_name", async () => {
    const { status, body } = await originalGet("/tracks/features", { n_of_top_artists: 2, n_related_artists: 1 });
    expect(status).toBe(200);
    const rows = body.audio_features as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const field of [
      "danceability", "energy", "key", "loudness", "mode", "speechiness", "acousticness", "instrumentalness",
      "liveness", "valence", "tempo", "duration_ms", "time_signature", "id", "uri", "track_href", "analysis_url", "type",
      "artist_name", "artist_id", "track_name",
    ]) {
      expect(rows[0], field).toHaveProperty(field);
    }
    expect(typeof rows[0]!.energy).toBe("number");
  });

  it("/get_bins: bins with ids from 0, bin_reason and one concert list per artist, every field the client reads", async () => {
    const { status, body } = await originalGet("/get_bins", {
      latitude: 52.3676,
      longitude: 4.9041,
      date_begin: today,
      date_end: addDays(today, 90),
    });
    expect(status).toBe(200);
    const bins = body.user_bins as any[];
    expect(bins.length).toBeGreaterThanOrEqual(2);
    bins.forEach((bin, i) => {
      expect(bin.id).toBe(i);
      expect(bin.concerts).toHaveLength(bin.bin_reason.length);
      for (const reason of bin.bin_reason) {
        expect(typeof reason.band_name).toBe("string");
        expect(typeof reason.band_spotify_id).toBe("string");
        expect(["top", "related"]).toContain(reason.band_flag);
      }
      expect(bin.concerts.flat().length).toBeGreaterThan(0);
      bin.concerts.forEach((list: any[], j: number) => {
        for (const c of list) {
          expect(c.name).toBe(bin.bin_reason[j].band_name);
          expect(c.spotify_id).toBe(bin.bin_reason[j].band_spotify_id);
          for (const f of ["photo", "artist_id", "concert_id", "date", "description", "offers", "venue", "distance_km", "lineup", "url", "source"]) {
            expect(c, f).toHaveProperty(f);
          }
          expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
          expect(c.distance_km).toBeLessThanOrEqual(25);
          for (const f of ["name", "city", "region", "country", "latitude", "longitude"]) expect(c.venue, f).toHaveProperty(f);
          for (const o of c.offers) for (const f of ["type", "url", "status"]) expect(o, f).toHaveProperty(f);
        }
      });
      // Our additions, beside the original fields.
      expect(typeof bin.mix_name).toBe("string");
      expect(bin.sound_profile).toHaveProperty("energy");
      const dates = bin.mix_concerts.map((c: any) => c.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(bin.mix_concerts.map((c: any) => c.concert_id)).size).toBe(bin.mix_concerts.length);
    });
    expect(Array.isArray(body.warnings)).toBe(true);
    expect(body.demo_data).toBe(true);
  });

  it("marks every artist, feature row and concert with the original's flag (top or related)", async () => {
    const artists = (await originalGet("/artists/get_user_artists", {})).body.users_artists as { id: string; flag: string }[];
    expect(artists.slice(0, 5).every((a) => a.flag === "top")).toBe(true);
    expect(artists.slice(5).every((a) => a.flag === "related")).toBe(true);
    const flagOf = new Map(artists.map((a) => [a.id, a.flag]));
    const rows = (await originalGet("/tracks/features", {})).body.audio_features as { artist_id: string; flag: string }[];
    for (const row of rows) expect(row.flag).toBe(flagOf.get(row.artist_id));
    const bins = (await originalGet("/get_bins", { latitude: 52.3676, longitude: 4.9041, date_begin: today, date_end: addDays(today, 90) })).body.user_bins as any[];
    for (const bin of bins) bin.concerts.forEach((list: any[], j: number) => list.forEach((c) => expect(c.flag).toBe(bin.bin_reason[j].band_flag)));
  });

  it("answers identically with and without the /api prefix", async () => {
    const params = { latitude: 52.3676, longitude: 4.9041, date_begin: today, date_end: addDays(today, 60), radius: 30 };
    for (const [bare, api, p] of [
      ["/get_bins", "/api/get_bins", params],
      ["/artists/get_user_artists", "/api/artists/get_user_artists", {}],
      ["/tracks/features", "/api/tracks/features", { n_of_top_artists: 1, n_related_artists: 0 }],
    ] as const) {
      const a = await originalGet(bare, p);
      const b = await originalGet(api, p);
      expect(a.status).toBe(200);
      expect(a.body).toEqual(b.body);
    }
  });

  it("lists a show with several of the listener's artists once, naming all of them", async () => {
    const { body } = await getJson("/api/get_bins", {
      latitude: 52.3676,
      longitude: 4.9041,
      date_begin: today,
      date_end: addDays(today, 365),
      radius: 100,
      top_artists: 10,
      related_artists: 5,
      token,
    });
    const shared = (body.user_bins as any[]).flatMap((b) => b.mix_concerts).filter((c: any) => c.artists.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const c of shared) for (const a of c.artists) expect(c.lineup).toContain(a.name);
  });
});
