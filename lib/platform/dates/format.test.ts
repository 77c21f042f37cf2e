import { describe, expect, it } from "vitest";
import { formatDate, formatFiscalYear, timestampFormat } from "./format";

describe("dates as each reader prefers them", () => {
  const day = { year: 2026, month: 4, day: 1 };

  it("reads the era by default in Japanese, the Western calendar by choice, and always in English", () => {
    expect(formatDate(day, "ja")).toBe("令和8年4月1日");
    expect(formatDate(day, "ja-u-ca-gregory")).toBe("2026年4月1日");
    expect(formatDate(day, "en")).toBe("1 Apr 2026");
  });

  it("names fiscal years the same way", () => {
    expect(formatFiscalYear(2026, "ja")).toBe("令和8年度");
    expect(formatFiscalYear(2026, "ja-u-ca-gregory")).toBe("2026年度");
    expect(formatFiscalYear(2026, "en")).toBe("FY2026");
  });

  it("stamps times in the reader's calendar, in Tokyo time", () => {
    const at = new Date("2026-04-01T00:30:00Z");
    expect(timestampFormat("ja", "date").format(at)).toContain("令和8");
    expect(timestampFormat("ja-u-ca-gregory", "dateTime").format(at)).toBe("2026/04/01 9:30");
    expect(timestampFormat("en", "date").format(at)).toBe("1 Apr 2026");
  });
});
