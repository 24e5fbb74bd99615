import { describe, expect, it } from "vitest";
import { geoNamesRows } from "./cities500";

describe("geoNamesRows", () => {
  it("reads GeoNames' tab-separated lines and skips broken ones", () => {
    const line = [
      "2867714", "Munich", "Munich", "München,Munchen,MUC", "48.13743", "11.57549", "P", "PPLA", "DE", "", "02", "091", "09162", "09162000",
      "1260391", "", "524", "Europe/Berlin", "2023-10-12",
    ].join("\t");
    expect([...geoNamesRows(`${line}\nnot a row\n`)]).toEqual([
      {
        geonameId: 2867714,
        name: "Munich",
        asciiName: "Munich",
        alternateNames: "München,Munchen,MUC",
        latitude: 48.13743,
        longitude: 11.57549,
        featureCode: "PPLA",
        countryCode: "DE",
        admin1Code: "02",
        population: 1260391,
      },
    ]);
  });
});
