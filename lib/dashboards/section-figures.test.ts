import { describe, expect, it } from "vitest";
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
    expect(ratesOf(counts({ members: 3, plansSubmitted: 2, plansApproved: 1, trainingParticipants: 3, interviewed: 0 }))).toEqual({
      submissionRate: 67,
      approvalRate: 33,
      ojtCoverage: null,
      participationRate: 100,
      interviewRate: 0,
    });
  });
});

describe("totalOf", () => {
  it("sums the sections and computes the bureau's shares from the sums", () => {
    const total = totalOf([counts({ members: 2, plansApproved: 2, young: 1, trainingHours: 0.1 }), counts({ members: 2, young: 1, youngWithOjt: 1, trainingHours: 0.2 })]);
    expect(total).toMatchObject({ members: 4, plansApproved: 2, approvalRate: 50, young: 2, youngWithOjt: 1, ojtCoverage: 50, trainingHours: 0.3 });
  });
});

describe("byAttention", () => {
  const row = (name: string, approvalRate: number | null, ojtCoverage: number | null) => ({ name, approvalRate, ojtCoverage, submissionRate: null, participationRate: null, interviewRate: null });

  it("puts the lowest of approval and coverage first, and flags what is below the bureau", () => {
    const sorted = byAttention([row("A", 90, null), row("B", 80, 20), row("C", 50, 100), row("D", null, null)], row("total", 70, 60));
    expect(sorted.map((r) => [r.name, r.needsAttention])).toEqual([
      ["B", true],
      ["C", true],
      ["A", false],
      ["D", false],
    ]);
  });

  it("keeps the org chart's order between equals", () => {
    expect(byAttention([row("X", 50, null), row("Y", 50, null)], row("total", 50, null)).map((r) => r.name)).toEqual(["X", "Y"]);
  });
});
