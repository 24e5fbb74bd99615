import { describe, expect, it } from "vitest";
import { sourceLabels } from "@/lib/sources/registry";
import { joinNames } from "@/lib/text/join-names";
import { answerNotes, type WarningOut } from "./answer-notes";
import { labelOf } from "./source-labels";

const fallback: WarningOut = {
  code: "source_fallback",
  source: "spotify",
  message: "Spotify does not share related artists with new apps (restricted since November 2024): similar artists from Deezer.",
};

const LABELS = sourceLabels();

describe("what an answer was built from", () => {
  it("lists the sources per capability in the pipeline's order, with display names", () => {
    const { builtFrom } = answerNotes([], {
      concerts: ["ticketmaster"],
      track_features: ["reccobeats"],
      top_artists: ["spotify"],
      artist_tracks: ["spotify-search", "your-top-tracks"],
      similar_artists: ["deezer"],
    }, LABELS);
    expect(builtFrom.map((r) => [r.label, r.sources])).toEqual([
      ["Your top artists", ["Spotify"]],
      ["Similar artists", ["Deezer"]],
      ["Tracks", ["Spotify search", "your own top tracks"]],
      ["How tracks sound", ["ReccoBeats"]],
      ["Concerts", ["Ticketmaster"]],
    ]);
  });

  it("leaves out capabilities nobody served, and copes with no sources at all", () => {
    expect(answerNotes([], { top_artists: ["spotify"], similar_artists: [] }, LABELS).builtFrom.map((r) => r.key)).toEqual(["top_artists"]);
    expect(answerNotes([], undefined, LABELS).builtFrom).toEqual([]);
    expect(answerNotes([], {}, LABELS).builtFrom).toEqual([]);
  });

  it("shows fallbacks and how mixes were formed as notes, in the server's words", () => {
    const graph: WarningOut = {
      code: "mixes_from_similar_artists",
      message: "Only 0 of your 30 artists could be described by their sound, so each mix is grown from one of your top artists and the artists similar to it, instead of grouped by sound.",
    };
    const { notes, problems } = answerNotes([fallback, graph], {}, LABELS);
    expect(notes.map((n) => n.text)).toEqual([fallback.message, graph.message]);
    expect(problems).toEqual([]);
  });

  it("shows missing data as problems, naming subjects only when the message does not already", () => {
    const named: WarningOut = {
      code: "events_unavailable",
      source: "bandsintown",
      message: "Concerts could not be looked up on Bandsintown for Alpha, Beta; try again in a moment.",
      subjects: ["Alpha", "Beta"],
    };
    const shortened: WarningOut = {
      code: "artist_not_found",
      source: "bandsintown",
      message: "Bandsintown does not know A1, A2, A3, A4, A5 and 2 more.",
      subjects: ["A1", "A2", "A3", "A4", "A5", "A6", "A7"],
    };
    const bare: WarningOut = { code: "tracks_unavailable", message: "No tracks were found.", subjects: ["X", "Y", "Z", "W", "V", "U"] };
    const { problems, notes } = answerNotes([named, shortened, bare], {}, LABELS);
    expect(notes).toEqual([]);
    expect(problems.map((p) => p.text)).toEqual([named.message, shortened.message, "No tracks were found. (X, Y, Z, W and 2 more)"]);
  });

  it("treats codes it does not know yet as problems, and shows each message once", () => {
    const unknown = { code: "something_new", message: "Something new happened." } as unknown as WarningOut;
    const { problems, notes } = answerNotes([unknown, fallback, fallback], {}, LABELS);
    expect(problems.map((p) => p.text)).toEqual(["Something new happened."]);
    expect(notes).toHaveLength(1);
  });
});

describe("names", () => {
  it("labels known sources and passes unknown ones through", () => {
    expect(labelOf(LABELS, "spotify-search")).toBe("Spotify search");
    expect(labelOf(LABELS, "songkick")).toBe("songkick");
  });
  it("joins names the way a sentence does", () => {
    expect(joinNames([])).toBe("");
    expect(joinNames(["Deezer"])).toBe("Deezer");
    expect(joinNames(["Deezer", "Last.fm"])).toBe("Deezer and Last.fm");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
  });
});
