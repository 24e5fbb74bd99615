import { describe, expect, it } from "vitest";
import { UpstreamFailure } from "@/lib/domain/errors";
import { Deadline } from "./deadline";

const never = <T>() => new Promise<T>(() => {});

describe("Deadline", () => {
  it("answers with what was found when it passes, and one warning names what is missing and for whom", async () => {
    const due = new AbortController();
    const deadline = new Deadline(due.signal, 15);
    const found = deadline.within(Promise.resolve(["a show"]), "concerts", ["Early Artist"], () => []);
    const late = deadline.within(never<string[]>(), "concerts", ["Slow Artist"], () => []);
    const sounds = deadline.within(never<string[]>(), "audio features", ["Slow Artist", "Other Artist"], () => []);
    expect(await found).toEqual(["a show"]);
    due.abort();
    expect(await late).toEqual([]);
    expect(await sounds).toEqual([]);
    expect(deadline.passed).toBe(true);
    const warning = deadline.warning()!;
    expect(warning.code).toBe("timed_out");
    expect(warning.message).toContain("after 15 seconds");
    expect(warning.message).toContain("concerts for Slow Artist; audio features for Slow Artist, Other Artist");
    expect(warning.message).not.toContain("Early Artist");
  });

  it("fails the request when what it cannot do without is late", async () => {
    const due = new AbortController();
    const deadline = new Deadline(due.signal, 15);
    const taste = deadline.required(never<string[]>(), { id: "spotify", label: "Spotify" });
    due.abort();
    const error = await taste.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect((error as UpstreamFailure).kind).toBe("timeout");
  });

  it("says nothing when everything came back in time, and without a deadline waits as long as it takes", async () => {
    const deadline = new Deadline(new AbortController().signal, 15);
    expect(await deadline.within(Promise.resolve(1), "tracks", ["X"], () => 0)).toBe(1);
    expect(deadline.warning()).toBeNull();
    expect(await new Deadline().within(new Promise((r) => setTimeout(() => r(2), 20)), "tracks", [], () => 0)).toBe(2);
  });
});
