import { describe, expect, it } from "vitest";
import { type AttentionRule, fires, readingDay, ruleStart } from "./attention-rules";

const rates = (approvalRate: number | null) => ({ approvalRate, submissionRate: 100, ojtCoverage: null, participationRate: 100, interviewRate: 100 });
const rule = (overrides: Partial<AttentionRule> = {}): AttentionRule => ({
  id: 1,
  figure: "PLAN_APPROVAL",
  comparison: "BELOW",
  threshold: 80,
  fromMonth: 7,
  fromDay: 1,
  ...overrides,
});

describe("ruleStart", () => {
  it("places April–December in the fiscal year's first calendar year and January–March in the next", () => {
    expect(ruleStart({ fromMonth: 7, fromDay: 1 }, 2026)).toEqual({ year: 2026, month: 7, day: 1 });
    expect(ruleStart({ fromMonth: 2, fromDay: 28 }, 2026)).toEqual({ year: 2027, month: 2, day: 28 });
  });
});

describe("readingDay", () => {
  const today = { year: 2026, month: 12, day: 6 };
  it("reads the current year as of today, an ended year as of its last day, a coming year before it starts", () => {
    expect(readingDay(2026, today)).toEqual(today);
    expect(readingDay(2025, today)).toEqual({ year: 2026, month: 3, day: 31 });
    expect(readingDay(2027, today)).toEqual({ year: 2027, month: 3, day: 31 });
  });
});

describe("fires", () => {
  it("does not fire before its day, and fires on it", () => {
    expect(fires(rule(), rates(50), 2026, { year: 2026, month: 6, day: 30 })).toBe(false);
    expect(fires(rule(), rates(50), 2026, { year: 2026, month: 7, day: 1 })).toBe(true);
  });

  it("compares strictly below or at most the threshold", () => {
    const day = { year: 2026, month: 8, day: 1 };
    expect(fires(rule(), rates(80), 2026, day)).toBe(false);
    expect(fires(rule({ comparison: "AT_MOST" }), rates(80), 2026, day)).toBe(true);
    expect(fires(rule({ comparison: "AT_MOST" }), rates(81), 2026, day)).toBe(false);
  });

  it("applies every rule to an ended year, and none to a share nobody counts for", () => {
    expect(fires(rule({ fromMonth: 3, fromDay: 31 }), rates(10), 2025, { year: 2026, month: 4, day: 2 })).toBe(true);
    expect(fires(rule(), rates(null), 2025, { year: 2026, month: 12, day: 6 })).toBe(false);
  });
});
