import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { addDays, getJson, listenerToken, requireStack, resetSandbox, sandboxToday, setKnobs, url } from "../helpers/app-client";

// Every error body says what went wrong in words (`error`) and as a machine-readable `code`.

let today: string;
beforeAll(async () => {
  requireStack();
  today = await sandboxToday();
});
afterEach(resetSandbox);

const amsterdam = () => ({ latitude: 52.37, longitude: 4.9, date_begin: today, date_end: addDays(today, 30) });

describe("error codes", () => {
  it("bad input is bad_input, with the issues", async () => {
    const { status, body } = await getJson("/api/get_bins", { ...amsterdam(), latitude: 91, token: await listenerToken() });
    expect([status, body.code, body.issues[0].field]).toEqual([422, "bad_input", "latitude"]);
  });

  it("no token, or one Spotify rejects, is not_signed_in", async () => {
    expect((await getJson("/api/get_bins", amsterdam())).body.code).toBe("not_signed_in");
    const rejected = await getJson("/api/tracks/features", {}, { Authorization: "Bearer not-a-token" });
    expect([rejected.status, rejected.body.code]).toEqual([401, "not_signed_in"]);
  });

  it("another method is method_not_allowed", async () => {
    const res = await fetch(url("/api/get_bins"), { method: "DELETE" });
    expect([res.status, (await res.json()).code]).toEqual([405, "method_not_allowed"]);
  });

  it("every concert source failing is upstream_unavailable; Spotify failing is upstream_error", async () => {
    const token = await listenerToken();
    await setKnobs({ errorRate: 1, faultUpstreams: ["bandsintown", "ticketmaster"] });
    // Dates no other test asks for, so no concert look-up is answered from the cache.
    const concerts = await getJson("/api/get_bins", { ...amsterdam(), date_begin: addDays(today, 3), date_end: addDays(today, 41), token });
    expect([concerts.status, concerts.body.code]).toEqual([503, "upstream_unavailable"]);
    await setKnobs({ errorRate: 1, faultUpstreams: ["spotify"] });
    const spotify = await getJson("/api/artists/get_user_artists", { token });
    expect([spotify.status, spotify.body.code]).toEqual([502, "upstream_error"]);
  });
});
