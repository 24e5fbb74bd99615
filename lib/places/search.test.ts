import { describe, expect, it } from "vitest";
import { buildIndex, gazetteer, type RawCity } from "./gazetteer";
import { foldName } from "./normalize";
import { searchPlaces } from "./search";

const city = (name: string, country: string, population: number, lat = 0, lon = 0, adminCode = "01"): RawCity => ({
  cityId: name,
  name,
  country,
  population,
  adminCode,
  featureCode: "PPL",
  loc: { coordinates: [lon, lat] },
});

describe("foldName", () => {
  it("ignores case and accents", () => {
    expect(foldName("São Paulo")).toBe("sao paulo");
    expect(foldName("ZÜRICH")).toBe("zurich");
    expect(foldName("Reykjavík")).toBe("reykjavik");
    expect(foldName("Łódź")).toBe("lodz");
    expect(foldName("Saint-Étienne")).toBe("saint etienne");
  });
});

describe("searchPlaces (small index)", () => {
  const index = buildIndex([
    city("Springfield", "US", 160_000, 39.8, -89.6, "IL"),
    city("Springfield", "US", 120_000, 37.2, -93.3, "MO"),
    city("Spring", "US", 60_000),
    city("New York City", "US", 8_000_000, 40.7, -74, "NY"),
    city("São Paulo", "BR", 10_000_000, -23.5, -46.6, "27"),
  ]);

  it("ranks by population and keeps same-named cities in different regions", () => {
    const r = searchPlaces(index, "spring", 5);
    expect(r.map((p) => `${p.name} ${p.region ?? ""}`.trim())).toEqual([
      "Spring",
      "Springfield IL",
      "Springfield MO",
    ]);
  });
  it("matches later words of a name", () => {
    expect(searchPlaces(index, "york")[0]?.name).toBe("New York City");
  });
  it("folds accents in the query and the names", () => {
    expect(searchPlaces(index, "sao")[0]?.name).toBe("São Paulo");
    expect(searchPlaces(index, "SÃO P")[0]?.name).toBe("São Paulo");
  });
  it("returns nothing for blank queries and respects the limit", () => {
    expect(searchPlaces(index, "  ")).toEqual([]);
    expect(searchPlaces(index, "s", 1)).toHaveLength(1);
  });
  it("shows the country by name", () => {
    expect(searchPlaces(index, "sao")[0]).toMatchObject({ country: "Brazil", country_code: "BR" });
  });
});

describe("searchPlaces (the real gazetteer)", () => {
  const index = gazetteer();
  it.each([
    ["Amster", "Amsterdam", "NL"],
    ["sao", "São Paulo", "BR"],
    ["zur", "Zürich", "CH"],
    ["reykja", "Reykjavík", "IS"],
    ["berl", "Berlin", "DE"],
  ])("%s finds %s first", (q, name, cc) => {
    const [first] = searchPlaces(index, q, 5);
    expect(first).toMatchObject({ name, country_code: cc });
  });
  it("is fast once built", () => {
    const t = performance.now();
    for (const q of ["a", "s", "lo", "new", "par", "mün"]) searchPlaces(index, q, 8);
    // generous: a single-letter prefix scans tens of thousands of keys
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe("nearestPlace", () => {
  it("names a pin after the biggest town close by, and nothing in the ocean", async () => {
    const { nearestPlace } = await import("./nearest");
    const index = gazetteer();
    expect(nearestPlace(index, 52.37, 4.9)?.name).toBe("Amsterdam");
    expect(nearestPlace(index, 48.86, 2.35)?.name).toBe("Paris");
    expect(nearestPlace(index, -40, -130)).toBeNull();
  });
});
