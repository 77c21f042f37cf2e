import { describe, expect, it } from "vitest";
import type { AttentionRule } from "./attention-rules";
import { byAttention, ratesOf, type SectionCounts, totalOf } from "./section-figures";

const counts = (overrides: Partial<SectionCounts>): SectionCounts => ({
  members: 0,
  plansSubmitted: 0,
  plansApproved: 0,
  young: 0,
  youngWithOjt: 0,
  trainingParticipants: 0,
  trainingHours: 0,
  interviewed: 0,
  commitmentsPlanned: 0,
  commitmentsInProgress: 0,
  commitmentsDone: 0,
  ...overrides,
});

describe("ratesOf", () => {
  it("rounds shares to whole per cent and leaves a share with nobody to count as null", () => {
    expect(ratesOf(counts({ members: 3, plansSubmitted: 2, plansApproved: 1, trainingParticipants: 3, interviewed: 0 }))).toMatchObject({
      submissionRate: 67,
      approvalRate: 33,
      ojtCoverage: null,
      participationRate: 100,
      interviewRate: 0,
    });
  });

  it("puts hours per member and commitments per 100 staff beside the counts, so sizes compare", () => {
    const small = ratesOf(counts({ members: 20, trainingHours: 130, commitmentsPlanned: 50, commitmentsInProgress: 30, commitmentsDone: 12 }));
    const large = ratesOf(counts({ members: 2000, trainingHours: 13000, commitmentsPlanned: 5000, commitmentsInProgress: 3000, commitmentsDone: 1200 }));
    expect(small).toMatchObject({ trainingHoursPerMember: 6.5, commitmentsPlannedPer100: 250, commitmentsInProgressPer100: 150, commitmentsDonePer100: 60 });
    // A hundred times the staff and the counts: the same figures per staff.
    expect(large).toMatchObject({ trainingHoursPerMember: small.trainingHoursPerMember, commitmentsDonePer100: small.commitmentsDonePer100 });
    expect(ratesOf(counts({ members: 0, commitmentsDone: 3 }))).toMatchObject({ trainingHoursPerMember: null, commitmentsDonePer100: null });
  });
});

describe("totalOf", () => {
  it("sums the sections and computes the bureau's shares from the sums", () => {
    const total = totalOf([
      counts({ members: 2, plansApproved: 2, young: 1, trainingHours: 0.1 }),
      counts({ members: 2, young: 1, youngWithOjt: 1, trainingHours: 0.2 }),
    ]);
    expect(total).toMatchObject({ members: 4, plansApproved: 2, approvalRate: 50, young: 2, youngWithOjt: 1, ojtCoverage: 50, trainingHours: 0.3 });
  });
});

describe("byAttention", () => {
  const row = (name: string, approvalRate: number | null, ojtCoverage: number | null) => ({
    name,
    approvalRate,
    ojtCoverage,
    submissionRate: null,
    participationRate: null,
    interviewRate: null,
  });
  const approvalBelow80: AttentionRule = { id: 1, figure: "PLAN_APPROVAL", comparison: "BELOW", threshold: 80, fromMonth: 7, fromDay: 1 };
  const coverageAtMost50: AttentionRule = { id: 2, figure: "OJT_COVERAGE", comparison: "AT_MOST", threshold: 50, fromMonth: 4, fromDay: 1 };
  const august = { year: 2026, month: 8, day: 1 };

  it("flags by the rules that fire, flagged sections first, each group by the lowest of approval and coverage", () => {
    const sorted = byAttention(
      [row("A", 90, null), row("B", 80, 20), row("C", 50, 100), row("D", null, null), row("E", 60, 50), row("F", 85, 60)],
      [approvalBelow80, coverageAtMost50],
      2026,
      august,
    );
    expect(sorted.map((r) => [r.name, r.attention.map((rule) => rule.id)])).toEqual([
      ["B", [2]],
      // C and E are as weak (50 %); C's approval is the lower
      ["C", [1]],
      ["E", [1, 2]],
      ["F", []],
      ["A", []],
      ["D", []],
    ]);
    expect(sorted.map((r) => r.needsAttention)).toEqual([true, true, true, false, false, false]);
  });

  it("flags nothing below the average when no rule says so", () => {
    expect(byAttention([row("A", 10, 10), row("B", 90, 90)], [], 2026, august).every((r) => !r.needsAttention)).toBe(true);
  });

  it("keeps the org chart's order between equals", () => {
    expect(byAttention([row("X", 50, null), row("Y", 50, null)], [], 2026, august).map((r) => r.name)).toEqual(["X", "Y"]);
  });
});
