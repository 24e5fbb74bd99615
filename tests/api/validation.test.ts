import { beforeAll, describe, expect, it } from "vitest";
import { addDays, getJson, listenerToken, requireStack, sandboxToday } from "../helpers/app-client";

let token: string;
let today: string;
beforeAll(async () => {
  requireStack();
  token = await listenerToken();
  today = await sandboxToday();
});

const valid = () => ({ latitude: 52.37, longitude: 4.9, date_begin: today, date_end: addDays(today, 30), token });

async function expectIssues(path: string, params: Record<string, string | number | undefined>, fields: string[]) {
  const { status, body } = await getJson(path, params);
  expect(status).toBe(422);
  expect(body.error).toMatch(/invalid/i);
  expect(body.issues.map((i: { field: string }) => i.field).sort()).toEqual([...fields].sort());
  for (const issue of body.issues) expect(issue.message.length).toBeGreaterThan(5);
  return body.issues as { field: string; message: string }[];
}

describe("get_bins input validation (422 naming each bad field)", () => {
  const cases: [string, Record<string, string | number | undefined>, string[], RegExp][] = [
    ["latitude above 90", { latitude: 90.5 }, ["latitude"], /between -90 and 90/],
    ["latitude below -90", { latitude: -91 }, ["latitude"], /between -90 and 90/],
    ["longitude out of range", { longitude: 181 }, ["longitude"], /between -180 and 180/],
    ["latitude not a number", { latitude: "north" }, ["latitude"], /number/],
    ["missing latitude", { latitude: undefined }, ["latitude"], /required/],
    ["empty longitude", { longitude: "" }, ["longitude"], /required/],
    ["blank latitude (not the equator)", { latitude: " " }, ["latitude"], /required/],
    ["hexadecimal latitude", { latitude: "0x10" }, ["latitude"], /must be a number/],
    ["infinite radius", { radius: "Infinity" }, ["radius"], /must be a number/],
    ["a date before 1900", { date_begin: "0000-01-01" }, ["date_begin"], /between 1900-01-01 and 2999-12-31/],
    ["a date after 2999", { date_end: "9999-12-31" }, ["date_end"], /between 1900-01-01 and 2999-12-31/],
    ["malformed date", { date_begin: "01-12-2026" }, ["date_begin"], /YYYY-MM-DD/],
    ["impossible date", { date_end: "2027-02-30" }, ["date_end"], /real date/],
    ["radius 0", { radius: 0 }, ["radius"], /1 and 500/],
    ["radius 501", { radius: 501 }, ["radius"], /1 and 500/],
    ["top_artists 0", { top_artists: 0 }, ["top_artists"], /1 and 50/],
    ["top_artists 51", { top_artists: 51 }, ["top_artists"], /1 and 50/],
    ["top_artists not whole", { top_artists: 2.5 }, ["top_artists"], /whole/],
    ["related_artists 21", { related_artists: 21 }, ["related_artists"], /0 and 20/],
    ["related_artists -1", { related_artists: -1 }, ["related_artists"], /0 and 20/],
    ["unknown time_range", { time_range: "forever" }, ["time_range"], /short_term/],
  ];
  for (const [name, override, fields, message] of cases) {
    it(name, async () => {
      const issues = await expectIssues("/api/get_bins", { ...valid(), ...override }, fields);
      expect(issues[0]!.message).toMatch(message);
    });
  }

  it("reversed dates", async () => {
    const issues = await expectIssues("/api/get_bins", { ...valid(), date_begin: addDays(today, 10), date_end: today }, ["date_end"]);
    expect(issues[0]!.message).toMatch(/not be before date_begin/);
  });

  it("a date range over 366 days answers for its first 366 days, and says so (the original web client sends such ranges)", async () => {
    const { status, body } = await getJson("/api/get_bins", { ...valid(), date_end: addDays(today, 400) });
    expect(status).toBe(200);
    const note = body.warnings.find((w: { code: string }) => w.code === "dates_shortened");
    expect(note.message).toBe(`Concerts are looked up for at most 366 days: these are from ${today} to ${addDays(today, 365)}, not to ${addDays(today, 400)}.`);
    for (const bin of body.user_bins) for (const c of bin.mix_concerts) expect(c.date.slice(0, 10) <= addDays(today, 365)).toBe(true);
  });

  it("reads numbers with spaces around them, and a blank count as its default", async () => {
    const { status, body } = await getJson("/api/get_bins", { ...valid(), latitude: " 52.37 ", related_artists: " ", radius: 5 });
    expect(status).toBe(200);
    expect(Array.isArray(body.user_bins)).toBe(true);
  });

  it("accepts exactly 366 days", async () => {
    const { status } = await getJson("/api/get_bins", { ...valid(), date_end: addDays(today, 365), radius: 5 });
    expect(status).toBe(200);
  });

  it("names every bad field at once", async () => {
    await expectIssues(
      "/api/get_bins",
      { ...valid(), latitude: 100, longitude: -200, radius: 1000, top_artists: 0, related_artists: 30, date_end: "2026-13-01" },
      ["latitude", "longitude", "radius", "top_artists", "related_artists", "date_end"],
    );
  });

  it("validates before anything else: bad input without a token is still a 422", async () => {
    const { status } = await getJson("/api/get_bins", { latitude: 500 });
    expect(status).toBe(422);
  });
});

describe("artist endpoints' validation", () => {
  for (const path of ["/api/artists/get_user_artists", "/api/tracks/features"]) {
    it(`${path}: counts out of range`, async () => {
      await expectIssues(path, { token, n_of_top_artists: 0, n_related_artists: 21 }, ["n_of_top_artists", "n_related_artists"]);
      await expectIssues(path, { token, n_of_top_artists: 51 }, ["n_of_top_artists"]);
      await expectIssues(path, { token, n_of_top_artists: "five" }, ["n_of_top_artists"]);
    });
  }
});
