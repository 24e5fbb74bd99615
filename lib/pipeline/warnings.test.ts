import { describe, expect, it } from "vitest";
import { UpstreamRefusal, type RefusalReason, type UpstreamName } from "@/lib/domain/errors";
import { askAll, type ChainContext } from "./chain";
import { RefusalMemory } from "./refusal-memory";
import { Warnings } from "./warnings";

const SPOTIFY = { id: "spotify", label: "Spotify" };
const RECCOBEATS = { id: "reccobeats", label: "ReccoBeats" };
const BANDSINTOWN = { id: "bandsintown", label: "Bandsintown" };
const TICKETMASTER = { id: "ticketmaster", label: "Ticketmaster" };
const ORDER = {
  top_artists: ["spotify"],
  similar_artists: ["spotify", "lastfm", "deezer"],
  artist_tracks: ["spotify", "spotify-search", "your-top-tracks"],
  track_features: ["spotify", "reccobeats"],
  concerts: ["bandsintown", "ticketmaster"],
};

const chain = (refusals = new RefusalMemory()): ChainContext => ({ refusals, warnings: new Warnings(ORDER) });

/** A source that refuses our app the way an upstream would (with its own story, if it tells one). */
const refusing = (source: UpstreamName, reason: RefusalReason, explanation?: string) => ({
  ...source,
  ask: () => Promise.reject(new UpstreamRefusal(source, reason, `${source.id} said no`, explanation)),
});
const answering = (source: UpstreamName) => ({ ...source, ask: () => Promise.resolve(["a concert"]) });
const ask = (c: ChainContext, capability: "concerts" | "track_features", ...sources: { ask: () => Promise<unknown> }[]) =>
  askAll(sources as (typeof sources[number] & UpstreamName)[], capability, c, (s) => s.ask());

describe("refusals, worded by their reason", () => {
  it("says a used-up quota, a refused key and a restricted endpoint apart", async () => {
    const c = chain();
    await ask(c, "concerts", refusing(TICKETMASTER, "quota_used_up"), refusing(BANDSINTOWN, "key_refused"));
    await ask(c, "track_features", refusing(SPOTIFY, "restricted", "Spotify does not share audio features with new apps (restricted since November 2024)"));
    // In the order the pipeline uses capabilities, whatever order the refusals came in.
    expect(c.warnings.list().map((w) => w.message)).toEqual([
      "Spotify does not share audio features with new apps (restricted since November 2024), and no other source had them, so mixes could not be formed by sound.",
      "Ticketmaster's daily request quota for our app is used up until it resets, so no concerts could be looked up there.",
      "Bandsintown refused our app's key, so no concerts could be looked up there.",
    ]);
  });

  it("repeats the remembered reason on a later request without asking the source", async () => {
    const memory = new RefusalMemory();
    await ask(chain(memory), "concerts", refusing(TICKETMASTER, "quota_used_up"));
    const later = chain(memory);
    let asked = false;
    const ticketmaster = { ...TICKETMASTER, ask: () => ((asked = true), Promise.resolve([])) };
    await ask(later, "concerts", ticketmaster);
    later.warnings.served("concerts", BANDSINTOWN);
    expect(asked).toBe(false);
    expect(later.warnings.list()).toEqual([
      {
        code: "source_fallback",
        source: "ticketmaster",
        message: "Ticketmaster's daily request quota for our app is used up until it resets: concerts from Bandsintown.",
      },
    ]);
  });

  it("forgets a refusal after its time", async () => {
    const memory = new RefusalMemory(0);
    memory.remember("lastfm", "similar_artists", { reason: "key_refused" });
    expect(await memory.refusal("lastfm", "similar_artists")).toBeUndefined();
  });

  it("a failure is not a refusal: it is reported, and the source is asked again next time", async () => {
    const memory = new RefusalMemory();
    const c = chain(memory);
    const [answer] = await ask(c, "concerts", { ...BANDSINTOWN, ask: () => Promise.reject(new Error("down")) });
    expect(answer?.answer).toBeNull();
    expect(await memory.refusal("bandsintown", "concerts")).toBeUndefined();
    expect(c.warnings.list().map((w) => w.code)).toEqual(["events_unavailable"]);
    expect((await ask(chain(memory), "concerts", answering(BANDSINTOWN)))[0]?.answer).toEqual(["a concert"]);
  });
});

describe("an answer repeats exactly, whatever order the upstreams answered in", () => {
  it("lists sources in capability order and a warning's subjects in the listener's order", () => {
    const answers = (order: "one" | "other") => {
      const warnings = new Warnings(ORDER);
      const steps = [
        () => warnings.served("concerts", TICKETMASTER),
        () => warnings.served("track_features", RECCOBEATS),
        () => warnings.addFailure("concerts", BANDSINTOWN, new Error("down"), "Kasi"),
        () => warnings.addFailure("concerts", BANDSINTOWN, new Error("down"), "Lil Onyx"),
        () => warnings.addFailure("artist_tracks", SPOTIFY, new Error("down"), "Imara"),
      ];
      for (const step of order === "one" ? steps : [...steps].reverse()) step();
      warnings.orderSubjects(["Lil Onyx", "Imara", "Kasi"]);
      return JSON.stringify({ sources: warnings.sources(), warnings: warnings.list() });
    };
    expect(answers("one")).toBe(answers("other"));
    const { sources, warnings } = JSON.parse(answers("one"));
    expect(Object.keys(sources)).toEqual(["track_features", "concerts"]);
    expect(warnings.map((w: { subjects: string[] }) => w.subjects)).toEqual([["Imara"], ["Lil Onyx", "Kasi"]]);
  });
});
