import { describe, expect, it } from "vitest";
import { CapabilityRestrictedError } from "@/lib/sources/errors";
import { RestrictionMemory } from "./restriction-memory";
import { isRefusal, refusedLately } from "./source-chain";
import { Warnings } from "./warnings";

const refusedBy = (source: string, reason: CapabilityRestrictedError["reason"]) =>
  new CapabilityRestrictedError(source, "concerts", reason, `${source} said no`);

describe("refusals, worded by their reason", () => {
  it("says a used-up quota, a refused key and a restricted endpoint apart", () => {
    const memory = new RestrictionMemory();
    const warnings = new Warnings();
    expect(isRefusal(memory, "ticketmaster", "concerts", refusedBy("ticketmaster", "quota_used_up"), warnings)).toBe(true);
    expect(isRefusal(memory, "bandsintown", "concerts", refusedBy("bandsintown", "key_refused"), warnings)).toBe(true);
    expect(isRefusal(memory, "spotify", "track_features", refusedBy("spotify", "restricted"), warnings)).toBe(true);
    expect(isRefusal(memory, "spotify", "concerts", new Error("down"), warnings)).toBe(false);
    // In the order the pipeline uses capabilities, whatever order the refusals came in.
    expect(warnings.list().map((w) => w.message)).toEqual([
      "Spotify does not share audio features with new apps (restricted since November 2024), and no other source had them, so mixes could not be formed by sound.",
      "Ticketmaster's daily request quota for our app is used up until it resets, so no concerts could be looked up there.",
      "Bandsintown refused our app's key, so no concerts could be looked up there.",
    ]);
  });

  it("repeats the remembered reason on a later request without asking the source", () => {
    const memory = new RestrictionMemory();
    isRefusal(memory, "ticketmaster", "concerts", refusedBy("ticketmaster", "quota_used_up"), new Warnings());
    const later = new Warnings();
    later.served("concerts", "bandsintown");
    expect(refusedLately(memory, "ticketmaster", "concerts", later)).toBe(true);
    expect(refusedLately(memory, "bandsintown", "concerts", later)).toBe(false);
    expect(later.list()).toEqual([
      {
        code: "source_fallback",
        source: "ticketmaster",
        message: "Ticketmaster's daily request quota for our app is used up until it resets: concerts from Bandsintown.",
      },
    ]);
  });

  it("forgets a refusal after its time", () => {
    const memory = new RestrictionMemory(0);
    memory.remember("lastfm", "similar_artists", "key_refused");
    expect(memory.refusal("lastfm", "similar_artists")).toBeUndefined();
  });
});

describe("an answer repeats exactly, whatever order the upstreams answered in", () => {
  it("lists sources in capability order and a warning's subjects in the listener's order", () => {
    const answers = (order: "one" | "other") => {
      const warnings = new Warnings();
      const steps = [
        () => warnings.served("concerts", "ticketmaster"),
        () => warnings.served("track_features", "reccobeats"),
        () => warnings.addFailure("concerts", "bandsintown", new Error("down"), "Kasi"),
        () => warnings.addFailure("concerts", "bandsintown", new Error("down"), "Lil Onyx"),
        () => warnings.addFailure("artist_tracks", "spotify", new Error("down"), "Imara"),
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
