import { describe, expect, it } from "vitest";
import { hasExpired, keptUntil, lastExpiredFiscalYear } from "./retention-periods";

describe("retention periods", () => {
  it("keep a record for whole fiscal years after the end of its own", () => {
    expect(keptUntil(2020, 5)).toEqual({ year: 2026, month: 3, day: 31 });
  });

  it("destroy from the day after, and agree with the SQL cut-off year", () => {
    expect(hasExpired(2020, 5, { year: 2026, month: 3, day: 31 })).toBe(false);
    expect(hasExpired(2020, 5, { year: 2026, month: 4, day: 1 })).toBe(true);
    expect(lastExpiredFiscalYear({ year: 2026, month: 3, day: 31 }, 5)).toBe(2019);
    expect(lastExpiredFiscalYear({ year: 2026, month: 4, day: 1 }, 5)).toBe(2020);
    for (const fy of [2018, 2019, 2020, 2021]) {
      const today = { year: 2026, month: 4, day: 1 };
      expect(hasExpired(fy, 5, today)).toBe(fy <= lastExpiredFiscalYear(today, 5));
    }
  });
});
