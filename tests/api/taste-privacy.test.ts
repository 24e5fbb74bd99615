import { readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/date-range";
import { ROOT } from "../../scripts/stack";
import { startLoggedApp, type LoggedApp } from "../helpers/logged-app";

// Last.fm as the taste (this app has a Last.fm key, unlike the shared stacks), and privacy: after
// journeys through every way in without Spotify (Last.fm, ListenBrainz, a typed list) and a calendar
// feed, no username, typed name or feed link is in the server's log or in any file it wrote. (The
// public cache's keys are checked in tests/pipeline/privacy.test.ts.) This file starts its own app,
// to read its log.

let app: LoggedApp;
const started = Date.now();

beforeAll(async () => {
  app = await startLoggedApp({ knobs: { spotifyDevelopmentMode: true, bandsintownEnabled: false }, env: { LASTFM_API_KEY: "sandbox-lastfm-key" } });
});

afterAll(async () => {
  await app?.stop();
});

async function post(pathname: string, body: unknown, cookie?: string) {
  const res = await fetch(app.url + pathname, { method: "POST", headers: { "Content-Type": "application/json", ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any, cookie: res.headers.getSetCookie().find((c) => c.startsWith("gigscovery-taste="))?.split(";")[0] };
}

async function bins(cookie: string) {
  const today = app.sandbox.catalog.today;
  const q = new URLSearchParams({ latitude: "52.3676", longitude: "4.9041", date_begin: today, date_end: addDays(today, 60), radius: "50", taste: "whole", discoveries: "true" });
  const res = await fetch(`${app.url}/api/get_bins/stream?${q}`, { headers: { cookie } });
  const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l) as { type: string; data?: any; code?: string });
  return lines.at(-1)!;
}

/** Files under `dir` changed since the test started (not node_modules or .git). */
function writtenFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === ".git") continue;
    const full = path.join(dir, entry.name);
    try {
      if (entry.isDirectory()) writtenFiles(full, out);
      else if (entry.isFile() && statSync(full).mtimeMs >= started) out.push(full);
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

describe("Last.fm as the taste, with a key", () => {
  it("an existing profile is the taste; an unknown one is a 404 and a private one a 403", async () => {
    const chosen = await post("/api/taste", { source: "lastfm", username: "lfm-demo-hiphop", period: "12month" });
    expect(chosen.status).toBe(200);
    expect(chosen.body.taste).toMatchObject({ source: "lastfm", label: "Last.fm", username: "lfm-demo-hiphop", period: "12month" });
    const result = await bins(chosen.cookie!);
    expect(result.type).toBe("result");
    expect(result.data.sources.top_artists).toEqual(["lastfm"]);
    expect(result.data.user_bins.length).toBeGreaterThan(0);

    const unknown = await post("/api/taste", { source: "lastfm", username: "nobody-at-all" });
    expect(unknown).toMatchObject({ status: 404, body: { code: "profile_not_found" }, cookie: undefined });
    const hidden = await post("/api/taste", { source: "lastfm", username: "lfm-private" });
    expect(hidden).toMatchObject({ status: 403, body: { code: "profile_private", error: expect.stringMatching(/keeps its listening private/) } });
  });
});

describe("privacy of the ways in without Spotify", () => {
  it("keeps no username, typed name or feed link in the server's log or in any file it wrote", async () => {
    const usernames = ["lfm-demo-indie", "lb-demo-metal"];
    const canary = "Canary Typed By Listener 4711"; // a name only this listener typed
    const secretsSeen: string[] = [...usernames, canary];

    const lastfm = await post("/api/taste", { source: "lastfm", username: usernames[0], period: "6month" });
    const listenbrainz = await post("/api/taste", { source: "listenbrainz", username: usernames[1], period: "overall" });
    expect((await bins(lastfm.cookie!)).type).toBe("result");
    const metal = await bins(listenbrainz.cookie!);
    expect(metal.type).toBe("result");
    // Unknown and failing profiles go through their paths too.
    await post("/api/taste", { source: "listenbrainz", username: "nobody-private-name-99" });
    secretsSeen.push("nobody-private-name-99");

    const match = await post("/api/taste/match", { names: [canary, metal.data.user_bins[0].bin_reason[0].band_name] });
    expect(match.body.matches[0].artists).toEqual([]);
    const listed = await post("/api/taste", { source: "your-list", artist_ids: [match.body.matches[1].artists[0].id] });
    expect((await bins(listed.cookie!)).type).toBe("result");

    const mix = metal.data.user_bins[0];
    const link = await post("/api/feeds", { artist_ids: mix.bin_reason.map((r: { band_spotify_id: string }) => r.band_spotify_id), name: mix.mix_name, latitude: 52.3676, longitude: 4.9041, radius: 50, days: 60 }, listenbrainz.cookie);
    expect(link.status).toBe(200);
    const feed = await fetch(link.body.url);
    expect(feed.status).toBe(200);
    const feedText = await feed.text();
    const token = link.body.url.split("/api/feeds/")[1].replace(/\.ics$/, "");
    secretsSeen.push(token, listenbrainz.cookie!.split("=")[1]!);
    // What the feed holds as a whole: its artists together, and its calendar.
    const feedArtists = mix.bin_reason.map((r: { band_spotify_id: string }) => r.band_spotify_id).join(",");

    await new Promise((r) => setTimeout(r, 500)); // let the log catch up
    for (const secret of secretsSeen) expect(app.log).not.toContain(secret);
    expect(app.log).not.toContain(feedArtists);
    expect(app.log).not.toContain("BEGIN:VCALENDAR");

    const files = [...writtenFiles(ROOT), ...writtenFiles(tmpdir())].filter((f) => !f.includes(`${path.sep}test-results${path.sep}`));
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, "latin1");
      } catch {
        continue;
      }
      for (const secret of secretsSeen) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
      expect(text.includes(feedText.slice(0, 200)) && feedText.length > 300, `the feed in ${file}`).toBe(false);
    }
  });
});
