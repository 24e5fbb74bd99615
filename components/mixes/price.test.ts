import { describe, expect, it } from "vitest";
import { formatPrice } from "./price";

describe("formatPrice", () => {
  it("gives a range in the listing's currency, whole amounts without decimals", () => {
    expect(formatPrice({ min: 35, max: 60, currency: "EUR" }, "en-GB")).toBe("€35–€60");
    expect(formatPrice({ min: 49.5, max: 89.5, currency: "USD" }, "en-GB")).toBe("US$49.50–US$89.50");
    expect(formatPrice({ min: 5000, max: 12000, currency: "JPY" }, "en-GB")).toBe("JP¥5,000–JP¥12,000");
  });

  it("gives one price when the range is one price", () => {
    expect(formatPrice({ min: 25, max: 25, currency: "GBP" }, "en-GB")).toBe("£25");
  });

  it("gives nothing for a range it cannot trust", () => {
    expect(formatPrice({ min: 60, max: 35, currency: "EUR" }, "en-GB")).toBeNull();
    expect(formatPrice({ min: -1, max: 35, currency: "EUR" }, "en-GB")).toBeNull();
    expect(formatPrice({ min: 1, max: 35, currency: "not a currency" }, "en-GB")).toBeNull();
  });
});
