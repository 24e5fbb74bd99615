// The real gazetteer (GeoNames' cities500 with its alternate names), built once for all these
// tests: searches and pins as a fan makes them.
import { describe, expect, it } from "vitest";
import { gazetteer } from "./gazetteer";
import { nearestPlace } from "./nearest";
import { searchPlaces } from "./search";

const index = gazetteer();

describe("searchPlaces", () => {
  it.each([
    // native and other languages' names
    ["München", "Munich", "DE"],
    ["Munchen", "Munich", "DE"],
    ["Wien", "Vienna", "AT"],
    ["Köln", "Köln", "DE"],
    ["Cologne", "Köln", "DE"],
    ["Den Haag", "The Hague", "NL"],
    ["Praha", "Prague", "CZ"],
    ["Tokio", "Tokyo", "JP"],
    // short forms
    ["NYC", "New York City", "US"],
    ["LA", "Los Angeles", "US"],
    ["SF", "San Francisco", "US"],
    // typos
    ["Londn", "London", "GB"],
    ["Lodnon", "London", "GB"],
    ["Philadelfia", "Philadelphia", "US"],
    ["Johanesberg", "Johannesburg", "ZA"],
    // accents optional
    ["Zurich", "Zürich", "CH"],
    ["Sao Paulo", "São Paulo", "BR"],
    ["Bogota", "Bogotá", "CO"],
    ["Dusseldorf", "Düsseldorf", "DE"],
    // the big city first
    ["Paris", "Paris", "FR"],
    ["Amster", "Amsterdam", "NL"],
    ["sao", "São Paulo", "BR"],
    ["zur", "Zürich", "CH"],
    ["reykja", "Reykjavík", "IS"],
    ["berl", "Berlin", "DE"],
    ["Bern", "Bern", "CH"],
  ])("%s finds %s first", (q, name, cc) => {
    const [first] = searchPlaces(index, q, 5);
    expect(first).toMatchObject({ name, country_code: cc });
  });
});

describe("nearestPlace", () => {
  it("names real pins after the city they are in, and the ocean after nothing", () => {
    expect(nearestPlace(index, 52.37, 4.9)).toMatchObject({ name: "Amsterdam", country: "Netherlands" });
    expect(nearestPlace(index, 52.37, 4.85)?.name).toBe("Amsterdam");
    expect(nearestPlace(index, 48.86, 2.35)?.name).toBe("Paris");
    expect(nearestPlace(index, 52.52, 13.405)?.name).toBe("Berlin");
    expect(nearestPlace(index, -40, -130)).toBeNull();
  });
});
