// The sandbox's taste without a Spotify session: Last.fm user.getTopArtists and ListenBrainz user
// statistics for every demo listener (the same taste as on Spotify), their refusals, and Spotify's
// client-credentials grant with the app token's search.
import { describe, expect, it } from "vitest";
import { externalName } from "../../sandbox/catalog/name-variants";
import { LASTFM_PRIVATE_USER, LISTENBRAINZ_NEW_USER } from "../../sandbox/catalog/profiles";
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_LASTFM_API_KEYS } from "../../sandbox/server/index";
import { get, postForm } from "../contract/harness";
import { loadValidator, SPOTIFY_SPEC } from "../contract/spec-validators";
import { useSandbox } from "../helpers/sandbox";

const sb = useSandbox({ tokenFor: "demo-indie" });
const KEY = DEFAULT_LASTFM_API_KEYS[0]!;
const listener = (id: string) => sb.catalog.listeners.find((l) => l.id === id)!;
const names = (ids: string[]) => ids.map((id) => sb.catalog.artists.find((a) => a.id === id)!);

const topArtists = (user: string, extra: Record<string, string> = {}) =>
  get(sb, `/lastfm/2.0/?${new URLSearchParams({ method: "user.gettopartists", user, api_key: KEY, format: "json", ...extra })}`);

describe("Last.fm user.getTopArtists", () => {
  it("lists a demo listener's top artists under Last.fm's spellings, most played first, per period", async () => {
    const indie = listener("demo-indie");
    for (const [period, range] of [["overall", "long_term"], ["6month", "medium_term"], ["1month", "short_term"]] as const) {
      const r = await topArtists("lfm-demo-indie", { period, limit: "50" });
      expect(r.status).toBe(200);
      const body = r.json as { topartists: { artist: { name: string; playcount: string; "@attr": { rank: string } }[]; "@attr": Record<string, string> } };
      const expected = names(indie.topArtistIds[range]).map((a) => externalName(sb.catalog, a));
      expect(body.topartists.artist.map((a) => a.name)).toEqual(expected.slice(0, 50));
      expect(body.topartists["@attr"]).toMatchObject({ user: "lfm-demo-indie", page: "1", perPage: "50", total: String(expected.length) });
      const plays = body.topartists.artist.map((a) => Number(a.playcount));
      for (let i = 1; i < plays.length; i++) expect(plays[i]!).toBeLessThan(plays[i - 1]!);
      expect(body.topartists.artist[0]!["@attr"].rank).toBe("1");
    }
  });

  it("pages, and takes usernames in any case", async () => {
    const first = (await topArtists("LFM-Demo-Techno", { limit: "5" })).json as { topartists: { artist: { name: string }[] } };
    const second = (await topArtists("lfm-demo-techno", { limit: "5", page: "2" })).json as { topartists: { artist: { name: string; "@attr": { rank: string } }[] } };
    expect(first.topartists.artist).toHaveLength(5);
    expect(second.topartists.artist[0]!["@attr"].rank).toBe("6");
    expect(second.topartists.artist.map((a) => a.name)).not.toContain(first.topartists.artist[0]!.name);
  });

  it("answers error 6 for an unknown user and 17 for a private profile, in Last.fm's body", async () => {
    const unknown = await topArtists("nobody-here");
    expect(unknown.json).toEqual({ error: 6, message: "User not found", links: [] });
    sb.setKnobs({ lastfmNotFoundStatus: 404 });
    expect((await topArtists("nobody-here")).status).toBe(404);
    const hidden = await topArtists(LASTFM_PRIVATE_USER);
    expect(hidden.json).toMatchObject({ error: 17, message: "Login: User required to be logged in" });
    expect((await topArtists("")).json).toMatchObject({ error: 6 });
    const badKey = await get(sb, `/lastfm/2.0/?method=user.gettopartists&user=lfm-demo-indie&api_key=wrong&format=json`);
    expect(badKey.json).toMatchObject({ error: 10 });
  });
});

const stats = (user: string, query = "") => get(sb, `/listenbrainz/1/stats/user/${encodeURIComponent(user)}/artists${query}`);

describe("ListenBrainz user statistics", () => {
  it("lists a demo listener's top artists per range, with listen counts and rate-limit headers", async () => {
    const jazz = listener("demo-jazz");
    const r = await stats("lb-demo-jazz", "?range=half_yearly&count=100");
    expect(r.status).toBe(200);
    expect(r.headers.get("x-ratelimit-remaining")).not.toBeNull();
    const payload = (r.json as { payload: { artists: { artist_name: string; artist_mbid: string; listen_count: number }[]; range: string; user_id: string; total_artist_count: number; count: number } }).payload;
    expect(payload.artists.map((a) => a.artist_name)).toEqual(names(jazz.topArtistIds.medium_term).map((a) => a.name));
    expect(payload).toMatchObject({ range: "half_yearly", user_id: "lb-demo-jazz", total_artist_count: jazz.topArtistIds.medium_term.length });
    expect(payload.count).toBe(payload.artists.length);
    expect(payload.artists[0]!.artist_mbid).toMatch(/^[0-9a-f-]{36}$/);
    // The default: all time, 25 artists.
    const all = (await stats("lb-demo-jazz")).json as { payload: { artists: unknown[]; range: string } };
    expect(all.payload.range).toBe("all_time");
    expect(all.payload.artists).toHaveLength(Math.min(25, jazz.topArtistIds.long_term.length));
  });

  it("answers 204 while statistics are not computed, 404 for an unknown user, 400 for a bad range", async () => {
    const fresh = await stats(LISTENBRAINZ_NEW_USER);
    expect(fresh.status).toBe(204);
    expect(fresh.text).toBe("");
    const unknown = await stats("nobody-here");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ code: 404, error: "Cannot find user: nobody-here" });
    expect((await stats("lb-demo-jazz", "?range=decade")).json).toEqual({ code: 400, error: "Invalid range: decade" });
  });

  it("faults come in ListenBrainz's error shape", async () => {
    sb.setKnobs({ errorRate: 1, faultUpstreams: ["listenbrainz"] });
    const r = await stats("lb-demo-jazz");
    expect(r.status).toBeGreaterThanOrEqual(500);
    expect(r.json).toMatchObject({ code: r.status });
    expect(sb.counters().byEndpoint["listenbrainz GET /1/stats/user/{user}/artists"]).toBe(1);
  });
});

const basic = { authorization: `Basic ${Buffer.from(`${DEFAULT_CLIENT_ID}:${DEFAULT_CLIENT_SECRET}`).toString("base64")}` };

async function appToken(): Promise<string> {
  const r = await postForm(sb, "/accounts/api/token", { grant_type: "client_credentials" }, basic);
  expect(r.status).toBe(200);
  const body = r.json as { access_token: string; token_type: string; expires_in: number };
  expect(Object.keys(body).sort()).toEqual(["access_token", "expires_in", "token_type"]); // no refresh token, no scope
  return body.access_token;
}

describe("Spotify's client-credentials grant", () => {
  it("gives the app a token for catalogue calls: search answers per the spec, the listener's endpoints refuse it", async () => {
    const token = await appToken();
    const name = sb.catalog.artists[2]!.name;
    const search = await get(sb, `/spotify/v1/search?q=${encodeURIComponent(`artist:"${name}"`)}&type=artist&limit=10`, token);
    expect(search.status).toBe(200);
    const spec = await loadValidator(SPOTIFY_SPEC);
    expect(spec.validate("/search", "get", 200, search.json, { strict: true, optional: ["tracks", "albums", "playlists", "shows", "episodes", "audiobooks"] })).toEqual([]);
    expect((search.json as { artists: { items: { name: string }[] } }).artists.items[0]!.name).toBe(name);
    expect((await get(sb, `/spotify/v1/artists/${sb.catalog.artists[2]!.id}`, token)).status).toBe(200);
    for (const path of ["/me", "/me/top/artists"]) {
      const r = await get(sb, `/spotify/v1${path}`, token);
      expect(r.status).toBe(401);
      expect(r.json).toEqual({ error: { status: 401, message: "Valid user authentication required" } });
    }
  });

  it("is not subject to a development-mode app's allow-list, and needs the app's secret", async () => {
    sb.setKnobs({ spotifyDevelopmentMode: true, spotifyAllowList: [] });
    const token = await appToken();
    expect((await get(sb, `/spotify/v1/search?q=a&type=artist`, token)).status).toBe(200);
    expect((await get(sb, `/spotify/v1/search?q=a&type=artist`, sb.token)).status).toBe(403); // a listener not on the list
    const publicClient = await postForm(sb, "/accounts/api/token", { grant_type: "client_credentials", client_id: DEFAULT_CLIENT_ID });
    expect(publicClient.json).toEqual({ error: "invalid_client", error_description: "Invalid client secret" });
    const wrong = await postForm(sb, "/accounts/api/token", { grant_type: "client_credentials" }, { authorization: `Basic ${Buffer.from(`${DEFAULT_CLIENT_ID}:nope`).toString("base64")}` });
    expect(wrong.status).toBe(400);
  });
});
