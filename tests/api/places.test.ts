import { beforeAll, describe, expect, it } from "vitest";
import { getJson, requireStack } from "../helpers/app-client";

beforeAll(() => requireStack());

describe("GET /api/places", () => {
  it("finds cities by prefix, most populous first, and names a dropped pin after the city there", async () => {
    const search = await getJson("/api/places", { q: "amster", limit: 3 });
    expect(search.status).toBe(200);
    expect(search.body[0]).toMatchObject({ name: "Amsterdam", country_code: "NL" });
    expect(search.body.length).toBeLessThanOrEqual(3);

    const pin = await getJson("/api/places", { lat: 52.37, lon: 4.89 });
    expect(pin.status).toBe(200);
    expect(pin.body).toEqual([expect.objectContaining({ name: "Amsterdam" })]);
    const ocean = await getJson("/api/places", { lat: 40, lon: -40 });
    expect(ocean.body).toEqual([]);
  });

  it.each([
    ["München", "Munich", "Germany"],
    ["Munchen", "Munich", "Germany"],
    ["Wien", "Vienna", "Austria"],
    ["Köln", "Köln", "Germany"],
    ["Cologne", "Köln", "Germany"],
    ["Den Haag", "The Hague", "Netherlands"],
    ["Praha", "Prague", "Czechia"],
    ["NYC", "New York City", "United States"],
    ["LA", "Los Angeles", "United States"],
    ["SF", "San Francisco", "United States"],
    ["Tokio", "Tokyo", "Japan"],
    ["Londn", "London", "United Kingdom"],
    ["Philadelfia", "Philadelphia", "United States"],
    ["Paris", "Paris", "France"],
  ])("%s finds %s first", async (q, name, country) => {
    const { status, body } = await getJson("/api/places", { q });
    expect(status).toBe(200);
    expect(body[0]).toMatchObject({ name, country });
  });

  it("names the listener's location after the city there", async () => {
    const { body } = await getJson("/api/places", { lat: 52.52, lon: 13.405 });
    expect(body).toEqual([expect.objectContaining({ name: "Berlin", country: "Germany", country_code: "DE" })]);
  });

  it.each([
    ["an empty latitude (not the equator)", { lat: "", lon: "4.89" }, ["lat"], /required/],
    ["a latitude out of range", { lat: 91, lon: 4.89 }, ["lat"], /between -90 and 90/],
    ["a longitude that is not a number", { lat: 52, lon: "east" }, ["lon"], /number/],
    ["an empty search", { q: "" }, ["q"], /at least one letter/],
    ["a search over 100 characters", { q: "a".repeat(101) }, ["q"], /at most 100 characters/],
    ["a limit out of range", { q: "amster", limit: 50 }, ["limit"], /between 1 and 20/],
  ])("answers 422 naming the field for %s", async (_case, params, fields, message) => {
    const { status, body } = await getJson("/api/places", params);
    expect(status).toBe(422);
    expect(body.issues.map((i: { field: string }) => i.field)).toEqual(fields);
    expect(body.issues[0].message).toMatch(message);
  });

  it("takes an empty limit as the default", async () => {
    const { status, body } = await getJson("/api/places", { q: "san", limit: "" });
    expect(status).toBe(200);
    expect(body).toHaveLength(8);
  });
});
