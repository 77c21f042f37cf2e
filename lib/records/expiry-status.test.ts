import { describe, expect, it } from "vitest";
import { expiryStatus } from "./expiry-status";
import { isQualificationShownIn } from "./qualification-year";

const today = { year: 2026, month: 11, day: 24 };

describe("expiryStatus", () => {
  it("has nothing to say about a qualification without expiry", () => {
    expect(expiryStatus(null, today)).toEqual({ state: "none" });
  });

  it("counts the expiry day itself as still valid and the day after as expired", () => {
    expect(expiryStatus(today, today)).toEqual({ state: "expiring", daysLeft: 0 });
    expect(expiryStatus({ year: 2026, month: 11, day: 23 }, today)).toEqual({ state: "expired" });
  });

  it("warns from 90 days ahead, across a year end", () => {
    expect(expiryStatus({ year: 2027, month: 2, day: 22 }, today)).toEqual({ state: "expiring", daysLeft: 90 });
    expect(expiryStatus({ year: 2027, month: 2, day: 23 }, today)).toEqual({ state: "valid" });
  });
});

describe("isQualificationShownIn", () => {
  const obtained2019 = { year: 2019, month: 6, day: 1 };

  it("shows a record in the fiscal year it was obtained, 1 April to 31 March", () => {
    expect(isQualificationShownIn({ obtainedOn: { year: 2027, month: 3, day: 31 }, expiresOn: null }, 2026)).toBe(true);
    expect(isQualificationShownIn({ obtainedOn: { year: 2027, month: 4, day: 1 }, expiresOn: null }, 2026)).toBe(false);
  });

  it("carries an earlier record into later years only while it has an expiry still to come", () => {
    expect(isQualificationShownIn({ obtainedOn: obtained2019, expiresOn: null }, 2026)).toBe(false);
    expect(isQualificationShownIn({ obtainedOn: obtained2019, expiresOn: { year: 2026, month: 4, day: 1 } }, 2026)).toBe(true);
    expect(isQualificationShownIn({ obtainedOn: obtained2019, expiresOn: { year: 2026, month: 3, day: 31 } }, 2026)).toBe(false);
  });
});
