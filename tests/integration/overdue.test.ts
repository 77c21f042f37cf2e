import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { findTeamOverview } from "@/lib/people/team/find-team-overview";
import { resolveTeamView } from "@/lib/people/team/team-units";
import { summariseTeamUnits } from "@/lib/people/team/summarise-team-units";
import { createTeam, FY, measureId, type Team } from "../support/plan-fixtures";

// Issue 19: 期限超過 on the team page counts what is overdue in the fiscal year in progress —
// this year's plan's commitments past their due date and not done — never a past year's
// unfinished ones, however long ago they fell due; the page says so beside the figure.
let team: Team;
let measure: number;
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

beforeAll(async () => {
  team = await createTeam("overdue", 2);
  measure = await measureId(1, 1);
  const [member, colleague] = team.members;
  const commitment = (planId: number, employeeId: number, fiscalYear: number, title: string, status: "IN_PROGRESS" | "DONE" | "DROPPED", dueOn: Date) => ({
    level: "INDIVIDUAL" as const,
    fiscalYear,
    measureId: measure,
    title,
    createdById: employeeId,
    planId,
    ownerEmployeeId: employeeId,
    status,
    dueOn,
  });
  for (const person of [member!, colleague!]) {
    const id = person.employeeId;
    const lastYear = await db.developmentPlan.create({ data: { employeeId: id, fiscalYear: FY - 1, status: "APPROVED" }, select: { id: true } });
    const thisYear = await db.developmentPlan.create({ data: { employeeId: id, fiscalYear: FY, status: "APPROVED" }, select: { id: true } });
    await db.commitment.createMany({
      data: [
        // Last year's, never finished: history, not overdue.
        commitment(lastYear.id, id, FY - 1, "昨年度の未完了", "IN_PROGRESS", day(FY - 1, 6, 1)),
        commitment(lastYear.id, id, FY - 1, "昨年度の未完了2", "IN_PROGRESS", day(FY, 3, 1)),
        // This year's: one past its date, one not yet due, one done and one dropped after their dates.
        commitment(thisYear.id, id, FY, "期限超過", "IN_PROGRESS", day(FY, 6, 1)),
        commitment(thisYear.id, id, FY, "期限前", "IN_PROGRESS", day(FY, 12, 1)),
        commitment(thisYear.id, id, FY, "完了", "DONE", day(FY, 5, 1)),
        commitment(thisYear.id, id, FY, "中止", "DROPPED", day(FY, 5, 1)),
      ],
    });
  }
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await team.remove();
});

/** Today, as the portal reads it (tokyoDate), set to a day of the fiscal year in progress. */
function today(year: number, month: number, date: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(Date.UTC(year, month - 1, date, 3)));
}

describe("期限超過 on the team page", () => {
  it("counts this year's commitments past their due date and not done, and nothing of last year", async () => {
    today(FY, 10, 1);
    const overview = await findTeamOverview(team.supervisor, FY);
    expect(overview.members.map((row) => row.overdue)).toEqual([1, 1]);
    // The unit's row adds up the same rule.
    const units = await summariseTeamUnits(team.supervisor, await resolveTeamView(team.supervisor, team.unitId), FY);
    expect(units.reduce((sum, unit) => sum + unit.overdue, 0)).toBe(2);
  });

  it("counts a commitment once its day has passed, not on the day", async () => {
    today(FY, 6, 1);
    expect((await findTeamOverview(team.supervisor, FY)).members.map((row) => row.overdue)).toEqual([0, 0]);
    today(FY, 6, 2);
    expect((await findTeamOverview(team.supervisor, FY)).members.map((row) => row.overdue)).toEqual([1, 1]);
  });

  it("finds nothing overdue in a past year's view, though its open commitments' dates have passed", async () => {
    today(FY, 10, 1);
    const lastYear = await findTeamOverview(team.supervisor, FY - 1);
    expect(lastYear.members.map((row) => [row.commitmentsPlanned, row.overdue])).toEqual([
      [2, 0],
      [2, 0],
    ]);
  });
});
