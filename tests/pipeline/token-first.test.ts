import { describe, expect, it } from "vitest";
import { NotSignedInError } from "@/lib/domain/errors";
import { getBins } from "@/lib/pipeline/get-bins";
import { amsterdamRequest, capabilitiesFor, NEW_APP_SOURCES } from "../helpers/pipeline-setup";
import { useSandbox } from "../helpers/sandbox";

// No work on shared budgets before Spotify has accepted the listener's token in this request.

const sandbox = useSandbox({ date: "real" });

describe("the token first", () => {
  it("spends nothing of the area search's budget on a token Spotify refuses", async () => {
    const caps = capabilitiesFor(sandbox, {}, NEW_APP_SOURCES);
    const fake = { spotifyToken: "made-up", timeRange: "medium_term" as const };
    for (const taste of ["top", "whole"] as const) {
      await expect(getBins(caps, fake, amsterdamRequest(sandbox, { taste, discoveries: true }))).rejects.toBeInstanceOf(NotSignedInError);
    }
    const { byEndpoint } = sandbox.counters();
    expect(Object.keys(byEndpoint).filter((k) => !k.startsWith("spotify GET /v1/me/"))).toEqual([]);
  });
});
