// Contract: every Spotify Web API endpoint of the sandbox answers per the OpenAPI spec,
// in full mode and in development mode, including its error objects.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useSandbox } from "../helpers/sandbox";
import { get } from "./harness";
import { loadValidator, SPOTIFY_SPEC, type SpecValidator } from "./spec-validators";

const sb = useSandbox({ tokenFor: "demo-indie" });
let spec: SpecValidator;
let artistId: string;
let trackIds: string[];

beforeAll(async () => {
  spec = await loadValidator(SPOTIFY_SPEC);
  const artist = sb.catalog.artists[0]!;
  artistId = artist.id;
  trackIds = sb.catalog.tracks.slice(0, 30).map((t) => t.id);
});

const V1 = "/spotify/v1";

function expectValid(pathTemplate: string, status: number, body: unknown, opts: Parameters<SpecValidator["validate"]>[4] = {}) {
  expect(spec.validate(pathTemplate, "get", status, body, { strict: true, ...opts })).toEqual([]);
}

describe.each([false, true])("Spotify Web API 200s (development mode: %s)", (devMode) => {
  beforeEach(() => sb.setKnobs({ spotifyDevelopmentMode: devMode }));

  it("GET /me", async () => {
    const r = await get(sb, `${V1}/me`, sb.token);
    expect(r.status).toBe(200);
    expectValid("/me", 200, r.json, { devMode });
  });

  it.each(["short_term", "medium_term", "long_term"])("GET /me/top/artists and /me/top/tracks (%s)", async (range) => {
    const a = await get(sb, `${V1}/me/top/artists?time_range=${range}&limit=50`, sb.token);
    expect(a.status).toBe(200);
    expect((a.json as { items: unknown[] }).items.length).toBeGreaterThan(0);
    // Since 30 Aug 2026 a development-mode app's top artists carry only id, name, images and the URLs.
    expectValid("/me/top/artists", 200, a.json, { devMode, ...(devMode ? { optional: ["genres", "href", "type"] } : {}) });
    for (const item of (a.json as { items: Record<string, unknown>[] }).items) {
      expect(Object.keys(item).sort()).toEqual(devMode ? ["external_urls", "id", "images", "name", "uri"] : expect.arrayContaining(["genres", "popularity", "followers"]));
    }
    const t = await get(sb, `${V1}/me/top/tracks?time_range=${range}&limit=10&offset=5`, sb.token);
    expect(t.status).toBe(200);
    expectValid("/me/top/tracks", 200, t.json, { devMode });
  });

  it("GET /artists/{id}", async () => {
    const r = await get(sb, `${V1}/artists/${artistId}`, sb.token);
    expect(r.status).toBe(200);
    expectValid("/artists/{id}", 200, r.json, { devMode });
    const body = r.json as Record<string, unknown>;
    expect("followers" in body).toBe(!devMode);
    expect("popularity" in body).toBe(!devMode);
  });

  it("GET /search for artists and tracks", async () => {
    const name = sb.catalog.artists[3]!.name;
    const r = await get(sb, `${V1}/search?q=${encodeURIComponent(name)}&type=artist,track&limit=10`, sb.token);
    expect(r.status).toBe(200);
    expectValid("/search", 200, r.json, { devMode, optional: ["albums", "playlists", "shows", "episodes", "audiobooks"] });
    const body = r.json as { artists: { items: { name: string }[] }; tracks: { items: unknown[] } };
    expect(body.artists.items[0]?.name).toBe(name);
    expect(body.tracks.items.length).toBeGreaterThan(0);
  });
});

describe("Spotify Web API 200s only with extended access", () => {
  it("GET /artists/{id}/related-artists", async () => {
    const r = await get(sb, `${V1}/artists/${artistId}/related-artists`, sb.token);
    expect(r.status).toBe(200);
    expect((r.json as { artists: unknown[] }).artists).toHaveLength(20);
    expectValid("/artists/{id}/related-artists", 200, r.json);
  });

  it("GET /artists/{id}/top-tracks", async () => {
    const r = await get(sb, `${V1}/artists/${artistId}/top-tracks?market=DE`, sb.token);
    expect(r.status).toBe(200);
    expect((r.json as { tracks: unknown[] }).tracks).toHaveLength(10);
    expectValid("/artists/{id}/top-tracks", 200, r.json);
  });

  it("GET /audio-features", async () => {
    const r = await get(sb, `${V1}/audio-features?ids=${trackIds.join(",")}`, sb.token);
    expect(r.status).toBe(200);
    expect((r.json as { audio_features: unknown[] }).audio_features).toHaveLength(trackIds.length);
    expectValid("/audio-features", 200, r.json);
  });
});

describe("Spotify Web API error objects", () => {
  it.each([
    ["/me", undefined, "No token provided"],
    ["/me/top/artists", "not-a-token", "Invalid access token"],
    ["/artists/{id}", "not-a-token", "Invalid access token"],
    ["/search", undefined, "No token provided"],
  ])("401 on %s", async (tpl, tok, message) => {
    const path = tpl.replace("{id}", artistId) + (tpl === "/search" ? "?q=a&type=artist" : "");
    const r = await get(sb, V1 + path, tok);
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ error: { status: 401, message } });
    expectValid(tpl, 401, r.json);
  });

  it("401 for an expired token", async () => {
    sb.setKnobs({ tokenTtlSeconds: 0.05 });
    const t = sb.issueToken("demo-indie").access_token;
    await new Promise((r) => setTimeout(r, 80));
    const r = await get(sb, `${V1}/me`, t);
    expect(r.json).toEqual({ error: { status: 401, message: "The access token expired" } });
    expectValid("/me", 401, r.json);
  });

  it("403 Insufficient client scope on /me/top/*", async () => {
    const t = sb.issueToken("demo-indie", "user-read-email").access_token;
    for (const kind of ["artists", "tracks"]) {
      const r = await get(sb, `${V1}/me/top/${kind}`, t);
      expect(r.status).toBe(403);
      expect(r.json).toEqual({ error: { status: 403, message: "Insufficient client scope" } });
      expectValid(`/me/top/${kind}`, 403, r.json);
    }
  });

  it("403 answers of development mode", async () => {
    sb.setKnobs({ spotifyDevelopmentMode: true });
    const af = await get(sb, `${V1}/audio-features?ids=${trackIds[0]}`, sb.token);
    expect(af.status).toBe(403);
    expect(af.json).toEqual({ error: { status: 403 } });
    // The real body has no message although the spec's ErrorObject requires one:
    expect(spec.validate("/audio-features", "get", 403, af.json)).not.toEqual([]);
    const rel = await get(sb, `${V1}/artists/${artistId}/related-artists`, sb.token);
    expect(rel.status).toBe(403);
    expectValid("/artists/{id}/related-artists", 403, rel.json);
    const top = await get(sb, `${V1}/artists/${artistId}/top-tracks`, sb.token);
    expect(top.json).toEqual({ error: { status: 403, message: "Forbidden" } });
    expectValid("/artists/{id}/top-tracks", 403, top.json);
  });

  it("404 variant of related artists in development mode matches the NotFound response", async () => {
    sb.setKnobs({ spotifyDevelopmentMode: true, relatedArtistsRestrictedStatus: 404 });
    const r = await get(sb, `${V1}/artists/${artistId}/related-artists`, sb.token);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error: { status: 404, message: "Not found." } });
    expect(spec.validateComponent("NotFound", 404, r.json, { strict: true })).toEqual([]);
  });

  it("400 bad requests match the BadRequest response", async () => {
    for (const path of ["/me/top/artists?limit=0", "/me/top/tracks?limit=51", "/me/top/artists?offset=-1", "/me/top/artists?time_range=forever"]) {
      const r = await get(sb, V1 + path, sb.token);
      expect(r.status, path).toBe(400);
      expect(spec.validateComponent("BadRequest", 400, r.json, { strict: true })).toEqual([]);
    }
    const ids = Array.from({ length: 101 }, () => trackIds[0]).join(",");
    const r = await get(sb, `${V1}/audio-features?ids=${ids}`, sb.token);
    expect(r.status).toBe(400);
    expect(spec.validateComponent("BadRequest", 400, r.json, { strict: true })).toEqual([]);
  });

  it("429 with Retry-After on every endpoint", async () => {
    sb.setKnobs({ burst429Rate: 1, retryAfterSeconds: 3 });
    const paths: [string, string][] = [
      ["/me", "/me"],
      ["/me/top/artists", "/me/top/artists"],
      ["/me/top/tracks", "/me/top/tracks"],
      ["/artists/{id}", `/artists/${artistId}`],
      ["/artists/{id}/related-artists", `/artists/${artistId}/related-artists`],
      ["/artists/{id}/top-tracks", `/artists/${artistId}/top-tracks`],
      ["/audio-features", `/audio-features?ids=${trackIds[0]}`],
      ["/search", "/search?q=a&type=artist"],
    ];
    for (const [tpl, path] of paths) {
      const r = await get(sb, V1 + path, sb.token);
      expect(r.status).toBe(429);
      expect(r.headers.get("retry-after")).toBe("3");
      expect(r.json).toEqual({ error: { status: 429, message: "API rate limit exceeded" } });
      expectValid(tpl, 429, r.json);
    }
  });
});
