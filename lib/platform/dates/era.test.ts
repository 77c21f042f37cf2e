import { describe, expect, it } from "vitest";
import { eraOf, fiscalYearEra, formatFiscalYearJa, formatWareki } from "./era";

describe("eraOf", () => {
  it("switches from 平成 to 令和 on 1 May 2019", () => {
    expect(eraOf({ year: 2019, month: 4, day: 30 })).toMatchObject({ era: "平成", year: 31 });
    expect(eraOf({ year: 2019, month: 5, day: 1 })).toMatchObject({ era: "令和", year: 1 });
  });

  it("switches from 昭和 to 平成 on 8 January 1989", () => {
    expect(eraOf({ year: 1989, month: 1, day: 7 })).toMatchObject({ era: "昭和", year: 64 });
    expect(eraOf({ year: 1989, month: 1, day: 8 })).toMatchObject({ era: "平成", year: 1 });
  });

  it("counts 令和 years as the Gregorian year less 2018", () => {
    expect(eraOf({ year: 2026, month: 11, day: 24 })).toMatchObject({ era: "令和", year: 8 });
  });

  it("refuses dates before 昭和", () => {
    expect(() => eraOf({ year: 1926, month: 12, day: 24 })).toThrow(RangeError);
  });
});

describe("formatWareki", () => {
  it("writes year 1 as 元年", () => {
    expect(formatWareki({ year: 2019, month: 5, day: 1 })).toBe("令和元年5月1日");
    expect(formatWareki({ year: 2019, month: 4, day: 30 })).toBe("平成31年4月30日");
  });
});

describe("fiscal year era", () => {
  it("names FY2019 令和元年度 and FY2018 平成30年度", () => {
    expect(formatFiscalYearJa(2019)).toBe("令和元年度");
    expect(formatFiscalYearJa(2018)).toBe("平成30年度");
  });

  it("names FY1988 昭和63年度 although 平成 began in its January", () => {
    expect(formatFiscalYearJa(1988)).toBe("昭和63年度");
    expect(formatFiscalYearJa(1989)).toBe("平成元年度");
  });

  it("names the policy period 令和3年度 to 令和12年度", () => {
    expect(formatFiscalYearJa(2021)).toBe("令和3年度");
    expect(fiscalYearEra(2030)).toMatchObject({ era: "令和", year: 12 });
  });
});
