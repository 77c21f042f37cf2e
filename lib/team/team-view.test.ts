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
    expect(arrangeTeam(members, start, "attention", "all").map((row) => row.id)).toEqual([2, 3, 4, 1]);
  });

  it("counts the changes of an approved plan sent for review as awaiting the supervisor", () => {
    const [row] = arrangeTeam([{ ...base, id: 5, planChangesSubmitted: true }], start, "attention", "all");
    expect(row?.reasons).toContain("awaitingReview");
  });

  it("names the reasons", () => {
    const [first] = arrangeTeam(members, start, "attention", "all");
    expect(first?.reasons).toEqual(["noPlan", "noTrainer"]);
  });

  it("filters to those needing attention, to young staff, to missing plans and trainers", () => {
    expect(arrangeTeam(members, start, "name", "attention").map((row) => row.id)).toEqual([2, 3, 4]);
    expect(arrangeTeam(members, start, "name", "young").map((row) => row.id)).toEqual([2]);
    expect(arrangeTeam(members, start, "name", "noPlan").map((row) => row.id)).toEqual([2]);
    expect(arrangeTeam(members, start, "name", "noTrainer").map((row) => row.id)).toEqual([2]);
  });

  it("sorts by kana, by least progress, by fewest hours and by oldest interview", () => {
    expect(arrangeTeam(members, start, "name", "all").map((row) => row.id)).toEqual([1, 2, 3, 4]);
    const hours = arrangeTeam([{ ...members[0]!, trainingHours: 20 }, members[1]!], start, "hours", "all");
    expect(hours.map((row) => row.id)).toEqual([2, 1]);
    expect(arrangeTeam(members, start, "interview", "all")[0]?.id).toBe(4);
  });
});
