import { describe, expect, it } from "vitest";
import { formatCount, formatTenths } from "./format-number";

describe("formatTenths", () => {
  it("always shows one decimal, so a column of rates lines up (71.0 beside 48.6)", () => {
    expect(["71", "48.6", "0", "1234.56"].map((n) => formatTenths(Number(n), "ja"))).toEqual(["71.0", "48.6", "0.0", "1,234.6"]);
    expect(formatTenths(71, "en")).toBe("71.0");
  });
});

describe("formatCount", () => {
  it("separates thousands and keeps a decimal only where there is one", () => {
    expect([15000, 2.5, 71].map((n) => formatCount(n, "ja"))).toEqual(["15,000", "2.5", "71"]);
  });
});
