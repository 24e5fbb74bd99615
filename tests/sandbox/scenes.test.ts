// The city scenes over HTTP, as the app meets them: a big city's Ticketmaster listing with hundreds of music
// events, their performers found on Spotify (id from the link or by name, tracks by search, features from
// Spotify or ReccoBeats), touring acts on Bandsintown, local acts not; and the listener's own top lists
// paged as the real API pages them.
import { describe, expect, it } from "vitest";
import { DEFAULT_TICKETMASTER_API_KEYS } from "../../sandbox/server/index";
import { addDays } from "../../sandbox/catalog/dates";
import { APP_ID, bandsintownName, get } from "../contract/harness";
import { TEST_TODAY, useSandbox } from "../helpers/sandbox";

const sb = useSandbox({ tokenFor: "demo-indie" });
const V1 = "/spotify/v1";

interface TmAttraction {
  name: string;
  externalLinks?: { spotify: { url: string }[] };
  classifications: { segment: { id: string; name: string }; genre: { id: string; name: string }; subGenre: { id: string; name: string } }[];
}
interface TmEvent {
  id: string;
  classifications: TmAttraction["classifications"];
  dates: { status: { code: string } };
  _embedded: { attractions?: TmAttraction[] };
}
interface TmPage {
  _embedded?: { events: TmEvent[] };
  page: { totalElements: number };
}

const acts = (kind: "touring" | "local") => {
  const ids = new Set(sb.catalog.scenes.acts.filter((a) => a.kind === kind).map((a) => a.artistId));
  // A spread sample: every 40th act.
  return sb.catalog.artists.filter((a) => ids.has(a.id)).filter((_, i) => i % 40 === 0);
};

const berlin60Days = async (page = 0) => {
  const berlin = sb.catalog.cities.find((c) => c.name === "Berlin")!;
  const q = new URLSearchParams({
    apikey: DEFAULT_TICKETMASTER_API_KEYS[0]!, latlong: `${berlin.latitude},${berlin.longitude}`, radius: "50", unit: "km",
    startDateTime: `${TEST_TODAY}T00:00:00Z`, endDateTime: `${addDays(TEST_TODAY, 60)}T00:00:00Z`, classificationName: "music", size: "200", page: String(page),
  });
  const r = await get(sb, `/ticketmaster/discovery/v2/events.json?${q}`);
  expect(r.status).toBe(200);
  return r.json as TmPage;
};

describe("a big city on Ticketmaster", () => {
  it("lists several hundred music events in 60 days within 50 km, classified, most by acts no demo listener knows", async () => {
    const first = await berlin60Days();
    expect(first.page.totalElements).toBeGreaterThanOrEqual(300);
    expect(first.page.totalElements).toBeLessThanOrEqual(500);
    const events = [...first._embedded!.events, ...(await berlin60Days(1))._embedded!.events];
    const scene = new Set(sb.catalog.scenes.acts.map((a) => a.artistId));
    const linked = events.flatMap((e) => e._embedded.attractions ?? []).filter((a) => a.externalLinks);
    const sceneLinked = linked.filter((a) => scene.has(a.externalLinks!.spotify[0]!.url.split("/").pop()!));
    expect(sceneLinked.length / linked.length).toBeGreaterThan(0.5);
    for (const e of events) {
      const [c] = e.classifications;
      expect(c!.segment).toEqual({ id: "KZFzniwnSyZfZ7v7nJ", name: "Music" });
      expect(c!.genre.id).toMatch(/^KnvZfZ7v/);
      expect(c!.subGenre.id).toMatch(/^KZazBEonSMnZfZ7v/);
      for (const a of e._embedded.attractions ?? []) expect(a.classifications[0]!.segment.name).toBe("Music");
    }
    expect(events.some((e) => e.dates.status.code === "cancelled")).toBe(true);
  });
});

describe("the scenes' acts on Spotify, ReccoBeats, Deezer and Bandsintown", () => {
  it.each([true, false])("are found by an exact artist search, and their 10 tracks by a track search (development mode: %s)", async (dev) => {
    sb.setKnobs({ spotifyDevelopmentMode: dev });
    for (const a of [...acts("touring"), ...acts("local")]) {
      const q = encodeURIComponent(`artist:"${a.name.replaceAll('"', "")}"`);
      const artists = (await get(sb, `${V1}/search?q=${q}&type=artist&limit=10`, sb.token)).json as { artists: { items: { id: string }[] } };
      expect(artists.artists.items[0]?.id, a.name).toBe(a.id);
      const tracks = (await get(sb, `${V1}/search?q=${q}&type=track&limit=10`, sb.token)).json as { tracks: { items: { id: string }[] } };
      expect(tracks.tracks.items.map((t) => t.id).sort(), a.name).toEqual([...a.trackIds].sort());
    }
  });

  it("have audio features on Spotify (extended access) and mostly on ReccoBeats", async () => {
    const tracks = [...acts("touring"), ...acts("local")].flatMap((a) => a.trackIds);
    const spotify = (await get(sb, `${V1}/audio-features?ids=${tracks.slice(0, 100).join(",")}`, sb.token)).json as { audio_features: ({ tempo: number } | null)[] };
    expect(spotify.audio_features.every((f) => f !== null && f.tempo > 0)).toBe(true);
    let known = 0;
    for (let i = 0; i < tracks.length; i += 40) {
      const r = (await get(sb, `/reccobeats/v1/audio-features?ids=${tracks.slice(i, i + 40).join(",")}`)).json as { content: unknown[] };
      known += r.content.length;
    }
    expect(known / tracks.length).toBeGreaterThan(0.8);
  });

  it("touring acts are on Bandsintown with their tour, local acts are not; both are on Deezer", async () => {
    for (const a of acts("touring")) {
      const r = await get(sb, `/bandsintown/artists/${bandsintownName(a.name)}/events?app_id=${APP_ID}&date=all`);
      expect(r.status, a.name).toBe(200);
      expect((r.json as unknown[]).length, a.name).toBeGreaterThan(0);
    }
    for (const a of acts("local")) {
      const r = await get(sb, `/bandsintown/artists/${bandsintownName(a.name)}/events?app_id=${APP_ID}`);
      expect([r.status, r.json], a.name).toEqual([404, { errorMessage: "[NotFound] The artist was not found" }]);
    }
    const onDeezer = [...acts("touring"), ...acts("local")].filter((a) => a.deezerId !== null);
    for (const a of onDeezer) {
      const r = (await get(sb, `/deezer/search/artist?q=${encodeURIComponent(a.name)}`)).json as { data: { id: number }[] };
      expect(r.data[0]?.id, a.name).toBe(a.deezerId);
    }
  });
});

describe("the listener's top lists, as user-top-read gives them", () => {
  it.each([true, false])("/me/top/artists pages by limit=50 and offset (development mode: %s)", async (dev) => {
    sb.setKnobs({ spotifyDevelopmentMode: dev });
    const listener = sb.catalog.listeners.find((l) => l.id === "demo-indie")!;
    for (const range of ["short_term", "medium_term", "long_term"] as const) {
      const expected = listener.topArtistIds[range];
      expect(expected.length).toBeLessThanOrEqual(50);
      const all = (await get(sb, `${V1}/me/top/artists?time_range=${range}&limit=50`, sb.token)).json as { items: Record<string, unknown>[]; total: number; next: string | null };
      expect([all.items.map((a) => a.id), all.total, all.next]).toEqual([expected, expected.length, null]);
      // Development-mode apps get only id, name, images and the URLs (since 30 Aug 2026).
      for (const a of all.items) expect("genres" in a && "popularity" in a && "followers" in a).toBe(!dev);
      const rest = (await get(sb, `${V1}/me/top/artists?time_range=${range}&limit=50&offset=20`, sb.token)).json as { items: { id: string }[]; previous: string | null };
      expect(rest.items.map((a) => a.id)).toEqual(expected.slice(20));
      expect(rest.previous).toContain("offset=0");
      const beyond = (await get(sb, `${V1}/me/top/artists?time_range=${range}&limit=50&offset=50`, sb.token)).json as { items: unknown[]; total: number };
      expect([beyond.items, beyond.total]).toEqual([[], expected.length]);
      const tracks = (await get(sb, `${V1}/me/top/tracks?time_range=${range}&limit=50`, sb.token)).json as { items: { id: string }[]; total: number };
      expect(tracks.items.map((t) => t.id)).toEqual(listener.topTrackIds[range]);
      expect(tracks.total).toBeLessThanOrEqual(50);
    }
  });
});
