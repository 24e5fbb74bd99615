import { describe, expect, it } from "vitest";
import type { GeoNamesRow } from "./cities500";
import { buildIndex } from "./gazetteer";
import { nearestPlace } from "./nearest";

const place = (name: string, population: number, latitude: number, longitude: number): GeoNamesRow => ({
  geonameId: 0,
  name,
  asciiName: name,
  alternateNames: "",
  latitude,
  longitude,
  featureCode: "PPL",
  countryCode: "DE",
  admin1Code: "11",
  population,
});
const KM = 1 / 111; // degrees of latitude

describe("nearestPlace", () => {
  it("names a pin after a town people know rather than the hamlet next to it", () => {
    const index = buildIndex([place("Hamlet", 1_000, 52 + 1 * KM, 12), place("Town", 30_000, 52 - 6 * KM, 12)]);
    expect(nearestPlace(index, 52, 12)?.name).toBe("Town");
    const remote = buildIndex([place("Hamlet", 1_000, 52 + 13 * KM, 12), place("Town", 30_000, 52 - 16 * KM, 12)]);
    expect(nearestPlace(remote, 52, 12)?.name).toBe("Town");
  });
  it("names a pin on the edge of a city after the city, not the village it is next to", () => {
    const index = buildIndex([place("Village", 2_000, 52 + 2 * KM, 12), place("City", 1_000_000, 52 - 9 * KM, 12)]);
    expect(nearestPlace(index, 52, 12)?.name).toBe("City");
  });
  it("names a pin by an island village after the village, not the city on the mainland", () => {
    const index = buildIndex([place("Island", 1_500, 52 + 20 * KM, 12), place("Port", 500_000, 52 - 45 * KM, 12)]);
    expect(nearestPlace(index, 52, 12)?.name).toBe("Island");
  });
  it("gives no name when nothing is within 50 km", () => {
    expect(nearestPlace(buildIndex([place("Far", 1_000_000, 52 + 60 * KM, 12)]), 52, 12)).toBeNull();
  });
});
