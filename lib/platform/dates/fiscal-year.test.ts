import { describe, expect, it } from "vitest";
import { tokyoDate } from "./calendar-date";
import { compareDates } from "./calendar-date";
import { fiscalYearOf, isWithinFiscalYear, isYoungStaff, yearsOfService, youngStaffJoinedAfter } from "./fiscal-year";

describe("fiscalYearOf", () => {
  it("puts 31 March in the previous fiscal year and 1 April in the new one", () => {
    expect(fiscalYearOf({ year: 2026, month: 3, day: 31 })).toBe(2025);
    expect(fiscalYearOf({ year: 2026, month: 4, day: 1 })).toBe(2026);
  });

  it("keeps January to March with the year that began the previous April", () => {
    expect(fiscalYearOf({ year: 2027, month: 1, day: 1 })).toBe(2026);
    expect(fiscalYearOf({ year: 2026, month: 12, day: 31 })).toBe(2026);
  });

  it("reads the date in Tokyo: 15:00 UTC on 31 March is already 1 April", () => {
    expect(fiscalYearOf(tokyoDate(new Date("2026-03-31T14:59:59Z")))).toBe(2025);
    expect(fiscalYearOf(tokyoDate(new Date("2026-03-31T15:00:00Z")))).toBe(2026);
  });
});

describe("isWithinFiscalYear", () => {
  it("includes both ends", () => {
    expect(isWithinFiscalYear({ year: 2026, month: 4, day: 1 }, 2026)).toBe(true);
    expect(isWithinFiscalYear({ year: 2027, month: 3, day: 31 }, 2026)).toBe(true);
    expect(isWithinFiscalYear({ year: 2027, month: 4, day: 1 }, 2026)).toBe(false);
  });
});

describe("years of service and young staff", () => {
  const joined = { year: 2016, month: 4, day: 1 };

  it("counts whole years, turning on the anniversary", () => {
    expect(yearsOfService(joined, { year: 2026, month: 3, day: 31 })).toBe(9);
    expect(yearsOfService(joined, { year: 2026, month: 4, day: 1 })).toBe(10);
  });

  it("stops counting as young staff on the tenth anniversary", () => {
    expect(isYoungStaff(joined, { year: 2026, month: 3, day: 31 }, 10)).toBe(true);
    expect(isYoungStaff(joined, { year: 2026, month: 4, day: 1 }, 10)).toBe(false);
  });
});

describe("youngStaffJoinedAfter agrees with isYoungStaff", () => {
  const days = [
    { year: 2028, month: 2, day: 29 },
    { year: 2026, month: 4, day: 1 },
    { year: 2026, month: 3, day: 31 },
  ];
  const joins = [
    { year: 2018, month: 2, day: 28 },
    { year: 2018, month: 3, day: 1 },
    { year: 2016, month: 3, day: 31 },
    { year: 2016, month: 4, day: 1 },
    { year: 2016, month: 4, day: 2 },
  ];
  it.each(days)("on %o", (today) => {
    const cutoff = youngStaffJoinedAfter(today, 10);
    for (const joined of joins) {
      expect(compareDates(joined, cutoff) > 0, JSON.stringify(joined)).toBe(isYoungStaff(joined, today, 10));
    }
  });
});
