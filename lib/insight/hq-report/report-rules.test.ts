import { describe, expect, it } from "vitest";
import {
  bureausAgainstCity,
  deriveFindings,
  doneCityCommitments,
  type LevelCounts,
  measuresAtEveryLevel,
  measuresWithoutCommitment,
  overdueCityCommitments,
  perMemberOrSuppressed,
  shareOrSuppressed,
} from "./report-rules";

const levels = (individual: number, team: number, bureau: number, city: number): LevelCounts => ({
  INDIVIDUAL: { planned: individual, done: 0 },
  TEAM: { planned: team, done: 0 },
  BUREAU: { planned: bureau, done: 0 },
  CITY: { planned: city, done: 0 },
});
const today = { year: 2026, month: 11, day: 24 };

describe("suppression of small groups", () => {
  it("hides a share or an amount about fewer than three people", () => {
    expect(shareOrSuppressed(1, 2)).toBeNull();
    expect(shareOrSuppressed(0, 0)).toBeNull();
    expect(shareOrSuppressed(1, 3)).toBe(33);
    expect(shareOrSuppressed(2, 3)).toBe(67);
    expect(perMemberOrSuppressed(7, 2)).toBeNull();
    expect(perMemberOrSuppressed(20, 6)).toBe(3.3);
    expect(perMemberOrSuppressed(0, 3)).toBe(0);
  });
});

describe("measures", () => {
  const measures = [
    { label: "（1）①", levels: levels(0, 0, 0, 0) },
    { label: "（1）②", levels: levels(1, 1, 1, 1) },
    { label: "（1）③", levels: levels(5, 0, 0, 0) },
  ];
  it("names a measure without any commitment as lagging", () => {
    expect(measuresWithoutCommitment(measures)).toEqual([{ kind: "measureWithoutCommitment", measure: "（1）①" }]);
  });
  it("names a measure carried at all four levels as a highlight", () => {
    expect(measuresAtEveryLevel(measures)).toEqual([{ kind: "measureAtEveryLevel", measure: "（1）②" }]);
  });
});

describe("bureaus against the city", () => {
  const city = { approvalRate: 50, ojtCoverage: 80 };
  const bureaus = [
    { name: "A局", approvalRate: 40, ojtCoverage: 71 }, // exactly 10 below, 9 below
    { name: "B局", approvalRate: 60, ojtCoverage: 95 }, // exactly 10 above, 15 above
    { name: "C区", approvalRate: null, ojtCoverage: null }, // suppressed: never compared
    { name: "D区", approvalRate: 41, ojtCoverage: 89 },
  ];
  it("names bureaus 10 points or more below as lagging", () => {
    expect(bureausAgainstCity(bureaus, city, "below")).toEqual([{ kind: "bureauBelowCity", bureau: "A局", figure: "approvalRate", value: 40, city: 50 }]);
  });
  it("names bureaus 10 points or more above as highlights", () => {
    expect(bureausAgainstCity(bureaus, city, "above")).toEqual([
      { kind: "bureauAboveCity", bureau: "B局", figure: "approvalRate", value: 60, city: 50 },
      { kind: "bureauAboveCity", bureau: "B局", figure: "ojtCoverage", value: 95, city: 80 },
    ]);
  });
  it("compares nothing when the city figure itself is suppressed", () => {
    expect(bureausAgainstCity(bureaus, { approvalRate: null, ojtCoverage: null }, "below")).toEqual([]);
  });
});

describe("city commitments", () => {
  const commitments = [
    { title: "期限切れ", status: "IN_PROGRESS" as const, dueOn: { year: 2026, month: 11, day: 23 } },
    { title: "今日が期限", status: "APPROVED" as const, dueOn: today },
    { title: "完了", status: "DONE" as const, dueOn: { year: 2026, month: 6, day: 1 } },
    { title: "取下げ", status: "DROPPED" as const, dueOn: { year: 2026, month: 6, day: 1 } },
    { title: "期限なし", status: "DRAFT" as const, dueOn: null },
  ];
  it("names one past its due date and not done as lagging; due today is not late yet", () => {
    expect(overdueCityCommitments(commitments, today)).toEqual([
      { kind: "cityCommitmentOverdue", title: "期限切れ", dueOn: { year: 2026, month: 11, day: 23 } },
    ]);
  });
  it("names done ones as highlights", () => {
    expect(doneCityCommitments(commitments)).toEqual([{ kind: "cityCommitmentDone", title: "完了" }]);
  });
});

describe("deriveFindings", () => {
  it("gathers highlights and lagging items from every rule", () => {
    const findings = deriveFindings({
      measures: [{ label: "①", levels: levels(0, 0, 0, 0) }],
      bureaus: [{ name: "A局", approvalRate: 30, ojtCoverage: null }],
      city: { approvalRate: 50, ojtCoverage: 60 },
      cityCommitments: [{ title: "完了", status: "DONE", dueOn: null }],
      today,
    });
    expect(findings.lagging.map((f) => f.kind)).toEqual(["measureWithoutCommitment", "bureauBelowCity"]);
    expect(findings.highlights.map((f) => f.kind)).toEqual(["cityCommitmentDone"]);
  });
});
