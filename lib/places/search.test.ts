import { describe, expect, it } from "vitest";
import type { GeoNamesRow } from "./cities500";
import { buildIndex } from "./gazetteer";
import { foldPlaceName } from "@/lib/text/fold";
import { searchPlaces } from "./search";

let nextId = 1;
const place = (name: string, countryCode: string, population: number, more: Partial<GeoNamesRow> = {}): GeoNamesRow => ({
  geonameId: nextId++,
  name,
  asciiName: foldPlaceName(name),
  alternateNames: "",
  latitude: 0,
  longitude: 0,
  featureCode: "PPL",
  countryCode,
  admin1Code: "01",
  population,
  ...more,
});
const names = (q: string, index: ReturnType<typeof buildIndex>, limit = 8) => searchPlaces(index, q, limit).map((p) => p.name);

describe("foldPlaceName", () => {
  it("ignores case and accents", () => {
    expect(foldPlaceName("São Paulo")).toBe("sao paulo");
    expect(foldPlaceName("ZÜRICH")).toBe("zurich");
    expect(foldPlaceName("Reykjavík")).toBe("reykjavik");
    expect(foldPlaceName("Łódź")).toBe("lodz");
    expect(foldPlaceName("Saint-Étienne")).toBe("saint etienne");
  });
});

describe("searchPlaces (small index)", () => {
  const index = buildIndex([
    place("Springfield", "US", 160_000, { latitude: 39.8, longitude: -89.6, admin1Code: "IL" }),
    place("Springfield", "US", 120_000, { latitude: 37.2, longitude: -93.3, admin1Code: "MO" }),
    place("Spring", "US", 60_000),
    place("New York City", "US", 8_000_000, { geonameId: 5128581, admin1Code: "NY", alternateNames: "Big Apple,NY,Nueva York,JFK" }),
    place("São Paulo", "BR", 10_000_000, { admin1Code: "27" }),
    place("Vienna", "AT", 1_700_000, { alternateNames: "Wien,Vienne,Bécs,VIE,vin,bienna,Виена" }),
    place("Wien", "US", 1_200, { admin1Code: "MO" }),
    place("Wiener Neustadt", "AT", 45_000),
    place("Maturín", "VE", 5_000_000, { alternateNames: "MUN" }),
    place("Munich", "DE", 1_200_000, { alternateNames: "München,Munchen,MUC,mi wnik" }),
    place("Bern", "CH", 130_000, { alternateNames: "Berne" }),
    place("Berlin", "DE", 3_400_000),
    place("Amsterdam", "NL", 740_000),
    place("Philadelphia", "US", 1_500_000, { admin1Code: "PA" }),
    place("Wieden", "AT", 30_000, { featureCode: "PPLX" }),
    place("Gumtow", "DE", 900),
    place("Tiny Seat", "FR", 0, { featureCode: "PPLA2" }),
  ]);

  it("ranks by population and keeps same-named cities in different regions", () => {
    const r = searchPlaces(index, "spring", 5);
    expect(r.map((p) => `${p.name} ${p.region ?? ""}`.trim())).toEqual(["Spring", "Springfield IL", "Springfield MO"]);
  });
  it("matches later words of a name", () => {
    expect(names("york", index)[0]).toBe("New York City");
  });
  it("folds accents in the query and the names", () => {
    expect(names("sao", index)[0]).toBe("São Paulo");
    expect(names("SÃO P", index)[0]).toBe("São Paulo");
    expect(names("Bécs", index)[0]).toBe("Vienna");
    expect(names("becs", index)[0]).toBe("Vienna");
  });
  it("returns nothing for blank queries and respects the limit", () => {
    expect(searchPlaces(index, "  ")).toEqual([]);
    expect(searchPlaces(index, "s", 1)).toHaveLength(1);
  });
  it("shows the country by name", () => {
    expect(searchPlaces(index, "sao")[0]).toMatchObject({ country: "Brazil", country_code: "BR" });
  });
  it("finds a city by its names in other languages, before a village of that name", () => {
    expect(names("Wien", index)).toEqual(["Vienna", "Wien", "Wiener Neustadt"]);
    expect(names("München", index)[0]).toBe("Munich");
    expect(names("Виена", index)[0]).toBe("Vienna");
  });
  it("puts a town named exactly what was typed before a bigger city that only starts with it", () => {
    expect(names("Bern", index)).toEqual(["Bern", "Berlin"]);
    expect(names("Berne", index)[0]).toBe("Bern");
  });
  it("knows short forms, from the data and our own list", () => {
    expect(names("NY", index)[0]).toBe("New York City");
    expect(names("NYC", index)[0]).toBe("New York City");
  });
  it("leaves out airport codes and GeoNames' lowercase transliterations", () => {
    expect(names("mun", index)).toEqual(["Munich"]);
    expect(names("jfk", index)).toEqual([]);
    expect(names("mi wn", index)).toEqual([]);
  });
  it("forgives one typo from four letters on and two from eight, in the name or as it is typed", () => {
    expect(names("Amstredam", index)[0]).toBe("Amsterdam");
    expect(names("Amsterdma", index)[0]).toBe("Amsterdam");
    expect(names("Amstr", index)[0]).toBe("Amsterdam");
    expect(names("Philadelfia", index)[0]).toBe("Philadelphia");
    expect(names("Bren", index)[0]).toBe("Bern");
    expect(names("Bre", index)).toEqual([]);
  });
  it("leaves out sections of a city and villages under 1,000 people, but keeps regional seats", () => {
    expect(names("Wieden", index)).not.toContain("Wieden");
    expect(names("Gumtow", index)).toEqual([]);
    expect(names("Tiny Seat", index)).toEqual(["Tiny Seat"]);
  });
});
