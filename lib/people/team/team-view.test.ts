import { describe, expect, it } from "vitest";
import type { TeamMemberOverview } from "./find-team-overview";
import { arrangeTeam } from "./team-view";

const base: TeamMemberOverview = {
  id: 0,
  name: "",
  nameKana: "",
  rank: "主事",
  unitTrail: ["健康福祉局", "健康福祉部", "障害企画課", "企画係"],
  youngStaff: false,
  concurrentPost: false,
  planId: 1,
  planStatus: "APPROVED",
  planChangesSubmitted: false,
  commitmentsPlanned: 3,
  commitmentsDone: 1,
  averageProgress: 50,
  overdue: 0,
  trainingHours: 10,
  lastInterviewOn: new Date("2026-05-15"),
  hasOjtTrainer: false,
};
const start = new Date("2026-04-01");
const members: TeamMemberOverview[] = [
  { ...base, id: 1, name: "安藤", nameKana: "アンドウ" },
  { ...base, id: 2, name: "井上", nameKana: "イノウエ", planId: null, planStatus: null, youngStaff: true },
  { ...base, id: 3, name: "上田", nameKana: "ウエダ", planStatus: "SUBMITTED" },
  { ...base, id: 4, name: "江藤", nameKana: "エトウ", overdue: 2, lastInterviewOn: null },
];

describe("arrangeTeam", () => {
  it("puts who needs attention first: no plan and no trainer, then awaiting review, then overdue", () => {
    expect(arrangeTeam(members, start, "all").map((row) => row.id)).toEqual([2, 3, 4, 1]);
  });

  it("counts the changes of an approved plan sent for review as awaiting the supervisor", () => {
    const [row] = arrangeTeam([{ ...base, id: 5, planChangesSubmitted: true }], start, "all");
    expect(row?.reasons).toContain("awaitingReview");
  });

  it("names the reasons", () => {
    const [first] = arrangeTeam(members, start, "all");
    expect(first?.reasons).toEqual(["noPlan", "noTrainer"]);
  });

  it("filters to those needing attention, to young staff, to missing plans and trainers", () => {
    expect(arrangeTeam(members, start, "attention", "name").map((row) => row.id)).toEqual([2, 3, 4]);
    expect(arrangeTeam(members, start, "young", "name").map((row) => row.id)).toEqual([2]);
    expect(arrangeTeam(members, start, "noPlan", "name").map((row) => row.id)).toEqual([2]);
    expect(arrangeTeam(members, start, "noTrainer", "name").map((row) => row.id)).toEqual([2]);
  });

  it("sorts by kana, by fewest hours and by oldest interview, either way", () => {
    expect(arrangeTeam(members, start, "all", "name").map((row) => row.id)).toEqual([1, 2, 3, 4]);
    expect(arrangeTeam(members, start, "all", "name", "desc").map((row) => row.id)).toEqual([4, 3, 2, 1]);
    const hours = arrangeTeam([{ ...members[0]!, trainingHours: 20 }, members[1]!], start, "all", "hours");
    expect(hours.map((row) => row.id)).toEqual([2, 1]);
    expect(arrangeTeam(members, start, "all", "interview")[0]?.id).toBe(4);
  });

  it("sorts plans by the year's steps and overdue items most first, equals kept in the attention order", () => {
    expect(arrangeTeam(members, start, "all", "plan").map((row) => row.id)).toEqual([2, 3, 4, 1]);
    expect(arrangeTeam(members, start, "all", "overdue", "desc").map((row) => row.id)).toEqual([4, 2, 3, 1]);
  });

  it("puts young staff without a trainer first by OJT, and those with no OJT to have last either way", () => {
    const withTrainer = { ...members[0]!, id: 6, youngStaff: true, hasOjtTrainer: true };
    expect(
      arrangeTeam([...members, withTrainer], start, "all", "ojt")
        .map((row) => row.id)
        .slice(0, 2),
    ).toEqual([2, 6]);
    expect(
      arrangeTeam([...members, withTrainer], start, "all", "ojt", "desc")
        .map((row) => row.id)
        .slice(0, 2),
    ).toEqual([6, 2]);
  });
});
