import { describe, expect, it } from "vitest";
import type { CityBureauRow } from "./city-figures";
import { sortCityBureaus } from "./city-table-view";

const bureau = (id: number, name: string, approvalRate: number | null, withheld = false): CityBureauRow => ({
  id,
  name,
  withheld,
  youngWithheld: false,
  figures: {
    members: id * 10,
    plansSubmitted: 0,
    submissionRate: 0,
    plansApproved: 0,
    approvalRate,
    young: 0,
    youngWithOjt: 0,
    ojtCoverage: 0,
    trainingParticipants: 0,
    participationRate: 0,
    trainingHours: 0,
    trainingHoursPerMember: 0,
    interviewed: 0,
    interviewRate: 0,
    commitmentsPlanned: 0,
    commitmentsPlannedPer100: 0,
    commitmentsInProgress: 0,
    commitmentsInProgressPer100: 0,
    commitmentsDone: 0,
    commitmentsDonePer100: 0,
  },
});

describe("the city's bureaus sorted by a column", () => {
  const rows = [bureau(1, "総務局", 80), bureau(2, "青葉区", 40, true), bureau(3, "消防局", 60), bureau(4, "泉区", null)];

  it("puts a withheld figure and a share of no one last in either direction", () => {
    expect(sortCityBureaus(rows, "approvalRate", "asc").map((row) => row.id)).toEqual([3, 1, 2, 4]);
    expect(sortCityBureaus(rows, "approvalRate", "desc").map((row) => row.id)).toEqual([1, 3, 2, 4]);
  });

  it("keeps the bureaus' own order unsorted, and sorts by name on the row header", () => {
    expect(sortCityBureaus(rows, null, "asc").map((row) => row.id)).toEqual([1, 2, 3, 4]);
    expect(sortCityBureaus(rows, "bureau", "asc").map((row) => row.name)).toEqual([...rows.map((row) => row.name)].sort(new Intl.Collator("ja").compare));
  });
});
