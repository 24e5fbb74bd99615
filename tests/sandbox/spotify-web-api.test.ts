// The sandbox's Spotify Web API: auth answers, paging, audio features, search, development mode.
import { beforeEach, describe, expect, it } from "vitest";
import { get } from "../contract/harness";
import { startTestSandbox, useSandbox } from "../helpers/sandbox";

const sb = useSandbox({ tokenFor: "demo-indie" });
const V1 = "/spotify/v1";

type Page = { href: string; items: { id: string; name: string; followers?: unknown }[]; limit: number; offset: number; next: string | null; previous: string | null; total: number };

describe("auth", () => {
  it("answers Spotify's 401 bodies", async () => {
    expect((await get(sb, `${V1}/me`)).json).toEqual({ error: { status: 401, message: "No token provided" } });
    expect((await get(sb, `${V1}/me`, "bogus")).json).toEqual({ error: { status: 401, message: "Invalid access token" } });
    const basic = await get(sb, `${V1}/me`, undefined, { headers: { authorization: "Basic abc" } });
    expect(basic.status).toBe(400);
  });

  it("/me fields follow the granted scopes", async () => {
    const slim = sb.issueToken("demo-indie", "user-top-read").access_token;
    const me = (await get(sb, `${V1}/me`, slim)).json as Record<string, unknown>;
    expect(me).not.toHaveProperty("email");
    expect(me).not.toHaveProperty("country");
    const full = (await get(sb, `${V1}/me`, sb.token)).json as Record<string, unknown>;
    const listener = sb.catalog.listeners.find((l) => l.id === "demo-indie")!;
    expect(full).toMatchObject({ id: "demo-indie", display_name: listener.displayName, email: listener.email, country: listener.country, product: listener.product });
  });
});

describe("top items and paging", () => {
  it("walks the paging links and matches the catalog order", async () => {
    const listener = sb.catalog.listeners.find((l) => l.id === "demo-indie")!;
    const expected = listener.topArtistIds.long_term;
    const seen: string[] = [];
    let url: string | null = `${sb.url}${V1}/me/top/artists?time_range=long_term&limit=7`;
    while (url) {
      const page: Page = (await get(sb, url.slice(sb.url.length), sb.token)).json as Page;
      expect(page.total).toBe(expected.length);
      expect(page.href.startsWith(`${sb.url}${V1}/me/top/artists`)).toBe(true);
      seen.push(...page.items.map((i) => i.id));
      url = page.next;
    }
    expect(seen).toEqual(expected);
    const second = (await get(sb, `${V1}/me/top/artists?time_range=long_term&limit=7&offset=7`, sb.token)).json as Page;
    expect(second.previous).toContain("offset=0");
    const defaults = (await get(sb, `${V1}/me/top/tracks`, sb.token)).json as Page;
    expect([defaults.limit, defaults.offset]).toEqual([20, 0]);
    expect(defaults.items.map((t) => t.id)).toEqual(listener.topTrackIds.medium_term.slice(0, 20));
  });

  it.each([
    ["limit=0", "Invalid limit"],
    ["limit=51", "Invalid limit"],
    ["limit=abc", "Invalid limit"],
    ["offset=-1", "Invalid offset"],
    ["time_range=yearly", "Invalid time range"],
  ])("400 for %s", async (q, message) => {
    const r = await get(sb, `${V1}/me/top/artists?${q}`, sb.token);
    expect([r.status, r.json]).toEqual([400, { error: { status: 400, message } }]);
  });
});

describe("artists, audio features, search", () => {
  it("related artists are 20 catalog relations; top tracks are the artist's 10", async () => {
    const a = sb.catalog.artists[5]!;
    const rel = (await get(sb, `${V1}/artists/${a.id}/related-artists`, sb.token)).json as { artists: { id: string }[] };
    expect(rel.artists.map((x) => x.id)).toEqual(a.relatedIds.slice(0, 20));
    const top = (await get(sb, `${V1}/artists/${a.id}/top-tracks`, sb.token)).json as { tracks: { id: string; album: { images: { url: string }[] } }[] };
    expect(top.tracks.map((t) => t.id)).toEqual(a.trackIds);
    const cover = await get(sb, top.tracks[0]!.album.images[0]!.url.slice(sb.url.length));
    expect(cover.status).toBe(200);
  });

  it("unknown and malformed artist ids", async () => {
    expect((await get(sb, `${V1}/artists/0000000000000000000000`, sb.token)).json).toEqual({ error: { status: 404, message: "Resource not found" } });
    expect((await get(sb, `${V1}/artists/not-an-id`, sb.token)).status).toBe(400);
  });

  it("audio features: null for unknown ids, at most 100 ids", async () => {
    const [t1, t2] = [sb.catalog.tracks[0]!, sb.catalog.tracks[1]!];
    const r = await get(sb, `${V1}/audio-features?ids=${t1.id},0000000000000000000000,${t2.id}`, sb.token);
    const af = (r.json as { audio_features: ({ id: string; energy: number } | null)[] }).audio_features;
    expect(af[0]).toMatchObject({ id: t1.id, energy: t1.features.energy, type: "audio_features" });
    expect(af[1]).toBeNull();
    expect(af[2]?.id).toBe(t2.id);
    const hundred = sb.catalog.tracks.slice(0, 100).map((t) => t.id).join(",");
    expect((await get(sb, `${V1}/audio-features?ids=${hundred}`, sb.token)).status).toBe(200);
    const tooMany = sb.catalog.tracks.slice(0, 101).map((t) => t.id).join(",");
    expect((await get(sb, `${V1}/audio-features?ids=${tooMany}`, sb.token)).status).toBe(400);
    expect((await get(sb, `${V1}/audio-features`, sb.token)).status).toBe(400);
  });

  it("search finds artists and tracks by name; bad params are 400", async () => {
    const a = sb.catalog.artists.find((x) => /[^\x00-\x7f]/.test(x.name))!;
    const r = (await get(sb, `${V1}/search?q=${encodeURIComponent(a.name)}&type=artist`, sb.token)).json as { artists: Page };
    expect(r.artists.items[0]?.id).toBe(a.id);
    const f = (await get(sb, `${V1}/search?q=${encodeURIComponent(`artist:"${a.name}"`)}&type=track&limit=50`, sb.token)).json as { tracks: Page };
    expect(f.tracks.items.length).toBeGreaterThanOrEqual(10);
    expect((await get(sb, `${V1}/search?type=artist`, sb.token)).status).toBe(400);
    expect((await get(sb, `${V1}/search?q=a&type=bogus`, sb.token)).status).toBe(400);
    expect((await get(sb, `${V1}/search?q=a&type=artist&limit=0`, sb.token)).status).toBe(400);
  });
});

describe("development mode", () => {
  beforeEach(() => sb.setKnobs({ spotifyDevelopmentMode: true }));

  it("serves only listeners on the app's allow-list, and everyone outside development mode", async () => {
    const notListed = { error: { status: 403, message: "User not registered in the Developer Dashboard" } };
    sb.setKnobs({ spotifyAllowList: ["demo-techno"] });
    for (const path of ["/me", "/me/top/artists", `/artists/${sb.catalog.artists[0]!.id}`]) {
      const r = await get(sb, `${V1}${path}`, sb.token);
      expect([r.status, r.json]).toEqual([403, notListed]);
    }
    sb.setKnobs({ spotifyAllowList: ["demo-techno", "demo-indie"] });
    expect((await get(sb, `${V1}/me/top/artists`, sb.token)).status).toBe(200);
    sb.setKnobs({ spotifyAllowList: ["demo-techno"], spotifyDevelopmentMode: false });
    expect((await get(sb, `${V1}/me/top/artists`, sb.token)).status).toBe(200);
  });

  it("restricted endpoints answer like the real API", async () => {
    const a = sb.catalog.artists[0]!;
    const af = await get(sb, `${V1}/audio-features?ids=${sb.catalog.tracks[0]!.id}`, sb.token);
    expect([af.status, af.json]).toEqual([403, { error: { status: 403 } }]);
    const rel = await get(sb, `${V1}/artists/${a.id}/related-artists`, sb.token);
    expect([rel.status, rel.json]).toEqual([403, { error: { status: 403, message: "Forbidden" } }]);
    sb.setKnobs({ relatedArtistsRestrictedStatus: 404 });
    const rel404 = await get(sb, `${V1}/artists/${a.id}/related-artists`, sb.token);
    expect([rel404.status, rel404.json]).toEqual([404, { error: { status: 404, message: "Not found." } }]);
    const top = await get(sb, `${V1}/artists/${a.id}/top-tracks`, sb.token);
    expect([top.status, top.json]).toEqual([403, { error: { status: 403, message: "Forbidden" } }]);
  });

  it("still serves top items and search, trimmed", async () => {
    const top = (await get(sb, `${V1}/me/top/artists?limit=50`, sb.token)).json as Page;
    expect(top.items.length).toBeGreaterThan(10);
    expect(top.items[0]).not.toHaveProperty("followers");
    expect(top.items[0]).not.toHaveProperty("popularity");
    const tracks = (await get(sb, `${V1}/me/top/tracks`, sb.token)).json as { items: Record<string, unknown>[] };
    expect(tracks.items[0]).not.toHaveProperty("popularity");
    expect(tracks.items[0]).not.toHaveProperty("available_markets");
    const s = (await get(sb, `${V1}/search?q=a&type=artist,track&limit=50`, sb.token)).json as { artists: Page; tracks: Page };
    // Development mode caps search at 10 results a page, whatever the limit asked.
    expect(s.artists.total).toBeGreaterThan(10);
    expect(s.tracks.total).toBeGreaterThan(10);
    expect(s.artists.items).toHaveLength(10);
    expect(s.tracks.items).toHaveLength(10);
    for (const a of s.artists.items) for (const field of ["followers", "popularity"]) expect(a).not.toHaveProperty(field);
    for (const t of s.tracks.items) for (const field of ["popularity", "available_markets", "linked_from"]) expect(t).not.toHaveProperty(field);
    const byDefault = (await get(sb, `${V1}/search?q=a&type=artist`, sb.token)).json as { artists: Page };
    expect(byDefault.artists.items.length).toBe(5);
  });
});

describe("embed and images", () => {
  it("embed shows the artist's name, avatar and top tracks", async () => {
    const a = sb.catalog.artists[2]!;
    const r = await get(sb, `/embed/artist/${a.id}`);
    expect(r.text).toContain("Sandbox preview — demo data");
    expect(r.text).toContain(`/images/artist/${a.id}.svg`);
    const first = sb.catalog.tracks.find((t) => t.id === a.trackIds[0])!;
    expect(r.text).toContain(first.name.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
    expect((await get(sb, "/embed/artist/0000000000000000000000")).status).toBe(404);
  });

  it("avatars are deterministic", async () => {
    const a = sb.catalog.artists[3]!;
    const [x, y] = [await get(sb, `/images/artist/${a.id}.svg`), await get(sb, `/images/artist/${a.id}.svg`)];
    expect(x.text).toBe(y.text);
  });
});

describe("lists assembled from serialized objects", () => {
  it("hold the objects the single-artist endpoint builds, whether serialized at start or later in full access", async () => {
    const artistsIn = async (box: typeof sb | Awaited<ReturnType<typeof startTestSandbox>>, token: string) => {
      const id = box.catalog.artists[5]!.id;
      const related = (await get(box, `${V1}/artists/${id}/related-artists`, token)).json as { artists: { id: string; followers?: unknown }[] };
      expect(related.artists.length).toBeGreaterThan(3);
      for (const artist of related.artists) {
        expect(artist).toHaveProperty("followers");
        expect(artist).toEqual((await get(box, `${V1}/artists/${artist.id}`, token)).json);
      }
    };
    await artistsIn(sb, sb.token); // serialized at start
    // Started in development mode (nothing serialized at start), then given full access.
    const late = await startTestSandbox({ knobs: { spotifyDevelopmentMode: true } });
    try {
      const token = late.issueToken("demo-indie").access_token;
      await get(late, `${V1}/artists/${late.catalog.artists[6]!.id}`, token); // a trimmed artist built meanwhile
      late.setKnobs({ spotifyDevelopmentMode: false });
      await artistsIn(late, token);
    } finally {
      await late.close();
    }
  });
});
