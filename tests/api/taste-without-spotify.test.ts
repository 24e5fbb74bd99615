import ICAL from "ical.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { seal } from "@/lib/security/sealed";
import { demoEnv } from "../../scripts/stack";
import { berlinSearch, APP_URL, getJson, resetSandbox, SANDBOX_URL, sandboxToday, url, useNewAppStack } from "../helpers/app-client";

// Taste without a Spotify session, as an outside client (a browser) uses it, on the stack a Spotify app
// registered today runs: choose a ListenBrainz profile or a typed list (kept in an encrypted cookie),
// then the listener endpoints answer from it; and calendar feeds. Last.fm with a key: taste-lastfm.test.ts.

let today: string;
beforeAll(async () => {
  useNewAppStack();
  today = await sandboxToday();
});
afterEach(resetSandbox);

async function send(path: string, method: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url(path), {
    method,
    headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, body: json, text };
}

/** The taste cookie an answer set, as the browser sends it back ("name=value"), or null. */
function tasteCookie(headers: Headers): string | null {
  const cookie = headers.getSetCookie().find((c) => c.startsWith("gigscovery-taste="));
  return cookie ? cookie.split(";")[0]! : null;
}

async function choose(taste: Record<string, unknown>): Promise<string> {
  const res = await send("/api/taste", "POST", taste);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return tasteCookie(res.headers)!;
}

const berlin = (extra: Record<string, string | number> = {}) => berlinSearch(today, extra);

const listeners = async () => (await (await fetch(`${SANDBOX_URL}/__sandbox/listeners`)).json()) as { id: string; listenbrainz: string; lastfm: string }[];

describe("taste from a ListenBrainz username", () => {
  it("is checked, kept in an encrypted cookie, and the search answers from it, built from ListenBrainz", async () => {
    const chosen = await send("/api/taste", "POST", { source: "listenbrainz", username: "lb-demo-techno", period: "6month" });
    expect(chosen.status).toBe(200);
    expect(chosen.body.taste).toMatchObject({ source: "listenbrainz", label: "ListenBrainz", username: "lb-demo-techno", period: "6month" });
    expect(chosen.body.taste.artists.length).toBe(10);
    const setCookie = chosen.headers.getSetCookie().find((c) => c.startsWith("gigscovery-taste="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    expect(setCookie).not.toContain("lb-demo-techno"); // encrypted
    const cookie = tasteCookie(chosen.headers)!;

    expect((await getJson("/api/taste", {}, { cookie })).body.taste).toMatchObject({ source: "listenbrainz", username: "lb-demo-techno" });
    const { status, body } = await getJson("/api/get_bins", berlin(), { cookie });
    expect(status).toBe(200);
    expect(body.sources.top_artists).toEqual(["listenbrainz"]);
    expect(body.user_bins.length).toBeGreaterThan(0);
    expect(body.concerts.length).toBeGreaterThan(0);
    // The same listener's Spotify top artists: the same taste, whichever way in.
    const techno = (await listeners()).find((l) => l.id === "demo-techno")!;
    expect(techno.listenbrainz).toBe("lb-demo-techno");
    const artists = await getJson("/api/artists/get_user_artists", { n_of_top_artists: 5, n_related_artists: 0 }, { cookie });
    expect(artists.body.users_artists.map((a: { name: string }) => a.name)).toEqual(chosen.body.taste.artists.slice(0, 5));
    // HEAD says a GET would be answered.
    expect((await fetch(url("/api/get_bins", berlin()), { method: "HEAD", headers: { cookie } })).status).toBe(200);
  });

  it("an unknown user is a 404, statistics not computed yet a 409, and neither sets a cookie", async () => {
    const unknown = await send("/api/taste", "POST", { source: "listenbrainz", username: "nobody-here" });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: expect.stringMatching(/ListenBrainz has no user by that name/), code: "profile_not_found" });
    expect(tasteCookie(unknown.headers)).toBeNull();
    const fresh = await send("/api/taste", "POST", { source: "listenbrainz", username: "lb-just-joined" });
    expect(fresh.status).toBe(409);
    expect(fresh.body.code).toBe("profile_not_ready");
    expect(fresh.body.error).toMatch(/not computed this user's statistics yet/);
  });
});

describe("Last.fm without a key on this server", () => {
  it("is explained with a 422, never a 500", async () => {
    const res = await send("/api/taste", "POST", { source: "lastfm", username: "lfm-demo-indie", period: "overall" });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("unavailable");
    expect(res.body.error).toMatch(/LASTFM_API_KEY/);
  });
});

describe("taste from a typed list", () => {
  it("each name matched exactly and shown, an ambiguous name with every artist of that name; the confirmed ones are the taste", async () => {
    const match = await send("/api/taste/match", "POST", { names: ["Rejects", "Nobody Plays Here", "rejects"] });
    expect(match.status).toBe(200);
    expect(match.body.matches.map((m: { name: string }) => m.name)).toEqual(["Rejects", "Nobody Plays Here"]);
    const [ambiguous, none] = match.body.matches;
    expect(ambiguous.artists.map((a: { name: string }) => a.name).sort()).toEqual(["Rejects", "The Rejects"]);
    expect(none.artists).toEqual([]);
    expect(match.headers.getSetCookie()).toEqual([]); // nothing is kept

    const ids = [ambiguous.artists[1].id, ambiguous.artists[0].id];
    const cookie = await choose({ source: "your-list", artist_ids: ids });
    const artists = await getJson("/api/artists/get_user_artists", { n_of_top_artists: 5, n_related_artists: 0 }, { cookie });
    expect(artists.status).toBe(200);
    expect(artists.body.users_artists.map((a: { id: string }) => a.id)).toEqual(ids);
    expect(artists.body.sources.top_artists).toEqual(["your-list"]);
  });

  it("refuses bad input with the field named, and a body that is not JSON", async () => {
    const bad = await send("/api/taste", "POST", { source: "your-list", artist_ids: ["not-an-id"] });
    expect(bad.status).toBe(422);
    expect(bad.body.issues).toEqual([{ field: "artist_ids.0", message: "must be a Spotify artist id (22 letters and digits)" }]);
    expect((await send("/api/taste", "POST", { source: "myspace", username: "x" })).body.issues[0].field).toBe("source");
    expect((await send("/api/taste", "POST", '{"source":"listenbrainz","username":"lb-demo-indie"}', { "Content-Type": "text/plain" })).status).toBe(422);
    expect((await send("/api/taste/match", "POST", { names: [] })).status).toBe(422);
    expect((await send("/api/taste", "PUT", {})).status).toBe(405);
  });
});

describe("the taste cookie", () => {
  it("a tampered cookie counts as none (401), and DELETE forgets it", async () => {
    const cookie = await choose({ source: "listenbrainz", username: "lb-demo-jazz" });
    const [name, value] = cookie.split("=") as [string, string];
    const tampered = `${name}=${value.slice(0, -4)}${value.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect((await getJson("/api/get_bins", berlin(), { cookie: tampered })).status).toBe(401);
    expect((await getJson("/api/get_bins", berlin(), { cookie: `${name}=%zz%` })).status).toBe(401); // not ours, not a 500
    const forgotten = await send("/api/taste", "DELETE", undefined, { cookie });
    expect(forgotten.status).toBe(200);
    expect(forgotten.headers.getSetCookie().find((c) => c.startsWith("gigscovery-taste="))).toMatch(/Max-Age=0/);
  });
});

describe("calendar feeds", () => {
  it("Subscribe gives a webcal link to a feed rendered on each fetch: valid iCalendar with the mix's concerts", async () => {
    const cookie = await choose({ source: "listenbrainz", username: "lb-demo-indie", period: "overall" });
    const { body } = await getJson("/api/get_bins", berlin(), { cookie });
    const mix = body.user_bins[0];
    const artistIds = [...mix.bin_reason.map((r: { band_spotify_id: string }) => r.band_spotify_id), ...mix.discoveries.map((d: { spotify_id: string }) => d.spotify_id)];
    const feedBody = { artist_ids: artistIds, name: mix.mix_name, latitude: 52.52, longitude: 13.405, radius: 50, days: 60 };

    expect((await send("/api/feeds", "POST", feedBody)).status).toBe(401); // only for a listener
    const link = await send("/api/feeds", "POST", feedBody, { cookie });
    expect(link.status).toBe(200);
    expect(link.body.webcal).toBe(link.body.url.replace(/^http:/, "webcal:"));
    expect(link.body.url.startsWith(`${APP_URL}/api/feeds/`)).toBe(true);
    expect(link.body.url).not.toMatch(new RegExp(artistIds[0]));

    const feed = await fetch(link.body.url); // a calendar app: no cookie, no token
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(feed.headers.get("cache-control")).toBe("private, max-age=3600");
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(mix.mix_name);
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const uid = (c: { source: string; concert_id: string }) => `${c.source}-${c.concert_id}@gigscovery`.replace(/[^A-Za-z0-9@._-]/g, "-");
    expect(events.map((e) => e.uid).sort()).toEqual(mix.mix_concerts.map(uid).sort());
    expect(events.length).toBeGreaterThan(0);
  });

  it("a tampered link is a 403, an expired one a 410, each with a clear message", async () => {
    const cookie = await choose({ source: "listenbrainz", username: "lb-demo-indie" });
    const { body } = await send("/api/feeds", "POST", { artist_ids: ["0".repeat(22)], name: "x", latitude: 52.52, longitude: 13.405 }, { cookie });
    const token = body.url.split("/api/feeds/")[1].replace(/\.ics$/, "") as string;
    const parts = token.split(".");
    parts[3] = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    const tampered = await send(`/api/feeds/${parts.join(".")}.ics`, "GET");
    expect(tampered.status).toBe(403);
    expect(tampered.body).toEqual({ error: expect.stringMatching(/not a calendar link Gigscovery issued/), code: "feed_link_invalid" });

    const secret = demoEnv(SANDBOX_URL).CALENDAR_FEED_SECRET!;
    const expired = await seal({ a: "0".repeat(22), p: [52.52, 13.405], r: 25, d: 30, n: "x" }, secret, "calendar-feed", -60);
    const gone = await send(`/api/feeds/${expired}.ics`, "GET");
    expect(gone.status).toBe(410);
    expect(gone.body).toEqual({ error: expect.stringMatching(/expired.*subscribe again/), code: "feed_link_expired" });
  });
});
