import { describe, expect, it } from "vitest";
import { fiscalQuarterOf, fiscalQuarterRange, isOjtPeriod, periodOrder } from "./periods";

describe("fiscal quarters", () => {
  it("starts the first quarter in April and ends the fourth in March", () => {
    expect([4, 6, 7, 9, 10, 12, 1, 3].map((month) => fiscalQuarterOf({ year: 2026, month, day: 1 }))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("gives each quarter's first and last day, the fourth in the next calendar year", () => {
    expect(fiscalQuarterRange(2026, 1)).toEqual({ start: { year: 2026, month: 4, day: 1 }, end: { year: 2026, month: 6, day: 30 } });
    expect(fiscalQuarterRange(2026, 2)).toEqual({ start: { year: 2026, month: 7, day: 1 }, end: { year: 2026, month: 9, day: 30 } });
    expect(fiscalQuarterRange(2026, 3)).toEqual({ start: { year: 2026, month: 10, day: 1 }, end: { year: 2026, month: 12, day: 31 } });
    expect(fiscalQuarterRange(2027, 4)).toEqual({ start: { year: 2028, month: 1, day: 1 }, end: { year: 2028, month: 3, day: 31 } });
  });
});

describe("OJT periods", () => {
  it("knows its codes and orders them through the year", () => {
    expect(isOjtPeriod("H2")).toBe(true);
    expect(isOjtPeriod("Q5")).toBe(false);
    expect(["Q4", "H2", "Q1", "H1"].sort((a, b) => periodOrder(a) - periodOrder(b))).toEqual(["Q1", "H1", "H2", "Q4"]);
  });
});
