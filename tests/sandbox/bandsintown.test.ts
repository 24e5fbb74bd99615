// The sandbox's Bandsintown: name encoding, unknown-artist variants, app_id checks, date filters.
import { describe, expect, it } from "vitest";
import { APP_ID, bandsintownName, get } from "../contract/harness";
import { startTestSandbox, TEST_TODAY, useSandbox } from "../helpers/sandbox";

const sb = useSandbox();

const events = (name: string, date?: string, appId: string | null = APP_ID) => {
  const q = new URLSearchParams();
  if (appId !== null) q.set("app_id", appId);
  if (date !== undefined) q.set("date", date);
  return get(sb, `/bandsintown/artists/${bandsintownName(name)}/events?${q}`);
};
const byName = (pattern: RegExp) => {
  const a = sb.catalog.artists.find((x) => pattern.test(x.name));
  if (!a) throw new Error(`catalog has no artist matching ${pattern}`);
  return a;
};

describe("artist name encoding", () => {
  it.each([/\//, /\?/, /\*/, /"/, /[À-ÿ]/, /[\u3040-\u30ff\u4e00-\u9fff]/, /[\u0400-\u04ff]/, /[\u0600-\u06ff]/])(
    "finds the artist whose name matches %s",
    async (pattern) => {
      const artist = byName(pattern);
      const r = await get(sb, `/bandsintown/artists/${bandsintownName(artist.name)}?app_id=${APP_ID}`);
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ name: artist.name, id: Number(artist.bandsintownId) });
      const ev = await events(artist.name, "all");
      expect(ev.status).toBe(200);
      const list = ev.json as { artist_id: string }[];
      expect(list.length, `${artist.name} has no events to check`).toBeGreaterThan(0);
      for (const e of list) expect(e.artist_id).toBe(artist.bandsintownId);
    },
  );

  it("a name with / sent single-escaped (%2F) is not found, as on the real API", async () => {
    const artist = byName(/\//);
    const r = await get(sb, `/bandsintown/artists/${encodeURIComponent(artist.name)}/events?app_id=${APP_ID}`);
    expect(r.status).toBe(404);
    const raw = await get(sb, `/bandsintown/artists/${artist.name.replace(/ /g, "%20")}/events?app_id=${APP_ID}`);
    expect(raw.status).toBe(403);
  });

  it("matches case-insensitively and accepts the spec's %27C code for a quote", async () => {
    const artist = byName(/"/);
    expect((await events(artist.name.toUpperCase(), "all")).status).toBe(200);
    const typo = encodeURIComponent(artist.name.replace(/"/g, "%27C"));
    expect((await get(sb, `/bandsintown/artists/${typo}/events?app_id=${APP_ID}&date=all`)).status).toBe(200);
  });
});

describe("unknown artists and app ids", () => {
  it.each([
    ["404", 404, { errorMessage: "[NotFound] The artist was not found" }],
    ["200", 200, { errorMessage: "[NotFound] The artist was not found" }],
    ["legacy", 404, { errors: ["Unknown Artist"] }],
  ] as const)("bandsintownNotFound=%s", async (variant, status, body) => {
    sb.setKnobs({ bandsintownNotFound: variant });
    const r = await events("No Such Artist Anywhere");
    expect([r.status, r.json]).toEqual([status, body]);
    const a = await get(sb, `/bandsintown/artists/No%20Such%20Artist?app_id=${APP_ID}`);
    expect([a.status, a.json]).toEqual([status, body]);
  });

  it("bandsintownNotFound=warn answers the text {warn=Not found}", async () => {
    sb.setKnobs({ bandsintownNotFound: "warn" });
    const r = await events("No Such Artist Anywhere");
    expect([r.status, r.text]).toEqual([200, "{warn=Not found}"]);
  });

  it("a known artist without events gives []", async () => {
    const withEvents = new Set(sb.catalog.events.flatMap((e) => e.artistIds));
    const quiet = sb.catalog.artists.find((a) => !withEvents.has(a.id));
    expect(quiet).toBeDefined();
    const r = await events(quiet!.name, "all");
    expect([r.status, r.json]).toEqual([200, []]);
  });

  it("bad or missing app_id gives the gateway's 403", async () => {
    const name = sb.catalog.artists[0]!.name;
    const bad = await events(name, undefined, "someone-else");
    expect([bad.status, bad.json]).toEqual([403, { Message: "User is not authorized to access this resource with an explicit deny" }]);
    const missing = await events(name, undefined, null);
    expect([missing.status, missing.json]).toEqual([403, { message: "Missing Authentication Token" }]);
  });

  it("bandsintownEnabled=false refuses every request like a missing key", async () => {
    sb.setKnobs({ bandsintownEnabled: false });
    const deny = { Message: "User is not authorized to access this resource with an explicit deny" };
    const name = sb.catalog.artists[0]!.name;
    for (const path of [`/bandsintown/artists/${bandsintownName(name)}/events?app_id=${APP_ID}`, `/bandsintown/artists/${bandsintownName(name)}?app_id=${APP_ID}`, "/bandsintown/venues"]) {
      const r = await get(sb, path);
      expect([r.status, r.json], path).toEqual([403, deny]);
    }
    sb.setKnobs({ bandsintownEnabled: true });
    expect((await events(name)).status).toBe(200);
  });

  it("other app ids can be configured", async () => {
    const other = await startTestSandbox({ bandsintownAppIds: ["partner-app"] });
    try {
      const name = other.catalog.artists[0]!.name;
      expect((await get(other, `/bandsintown/artists/${bandsintownName(name)}/events?app_id=partner-app`)).status).toBe(200);
      expect((await get(other, `/bandsintown/artists/${bandsintownName(name)}/events?app_id=${APP_ID}`)).status).toBe(403);
    } finally {
      await other.close();
    }
  });
});

describe("date filters", () => {
  const busiest = () => {
    const counts = new Map<string, number>();
    for (const e of sb.catalog.events) for (const id of e.artistIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    const id = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    return sb.catalog.artists.find((a) => a.id === id)!;
  };
  const dates = (r: { json: unknown }) => (r.json as { datetime: string }[]).map((e) => e.datetime.slice(0, 10));

  it("upcoming (default), past, all and a range split the events by local date", async () => {
    const artist = busiest();
    const all = dates(await events(artist.name, "all"));
    const expected = sb.catalog.events.filter((e) => e.artistIds.includes(artist.id)).length;
    expect(all).toHaveLength(expected);
    expect([...all].sort()).toEqual(all);
    const upcoming = dates(await events(artist.name));
    expect(dates(await events(artist.name, "upcoming"))).toEqual(upcoming);
    const past = dates(await events(artist.name, "past"));
    expect(upcoming.every((d) => d >= TEST_TODAY)).toBe(true);
    expect(past.every((d) => d < TEST_TODAY)).toBe(true);
    expect(upcoming.length + past.length).toBe(all.length);
    const from = all[1] ?? all[0]!;
    const to = all[all.length - 2] ?? from;
    const range = dates(await events(artist.name, `${from},${to}`));
    expect(range).toEqual(all.filter((d) => d >= from && d <= to));
    expect(range).toContain(from);
    expect(range).toContain(to);
  });

  it("a malformed date is a 400", async () => {
    expect((await events(busiest().name, "tomorrow")).status).toBe(400);
  });
});
