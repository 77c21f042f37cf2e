import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findTeamInterviews } from "@/lib/year/interviews/find-team-interviews";
import { findOjtOverview } from "@/lib/year/ojt/find-ojt-overview";
import { findTeamOverview, type TeamMemberOverview } from "@/lib/people/team/find-team-overview";
import { summariseTeamUnits, totalTeamUnits } from "@/lib/people/team/summarise-team-units";
import { resolveTeamView, SMALL_TEAM } from "@/lib/people/team/team-units";
import { closeOwnDatabase, openOwnDatabase } from "@/tests/support/own-database";
import { actorById, expectAppError, FY, measureId } from "@/tests/support/plan-fixtures";

/**
 * A large team is shown one row per unit (lib/people/team/summarise-team-units.ts), each unit opened on
 * its own (`?unit=`). Against a 課 of the file's own under 健康福祉局: three 係 of twelve and a
 * 課 with two members of its own, a 課長 over all of it (with subunits) and a 係長 of one 係.
 * Each unit's figures must add up what the people table shows for that unit, and a unit
 * outside the supervisor's scope is not found. A database of its own: young staff added to
 * 健康福祉局 would move the bureau figures other files assert while they run.
 */

vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

let db: PrismaClient;

const SIZES = [12, 12, 11];
const tag = `it-units-${randomUUID().slice(0, 8)}`;
const LONG_AGO = new Date(Date.UTC(2000, 3, 1));
const RECENT = toDateColumn(fiscalYearStart(FY)); // joined this year: young staff
let section: { id: number; path: string };
const units: { id: number; path: string }[] = [];
let chief: Actor; // 課長, SUPERVISOR over the 課 with its subunits
let leader: Actor; // 係長 of the first 係 only
let people: number[] = [];
let outside: number; // a unit elsewhere in 健康福祉局

beforeAll(async () => {
  db = await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_teamunits");
  const bureau = await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true, path: true } });
  const measure = await measureId(1, 1);
  const unit = async (name: string, kind: "SECTION" | "UNIT", parent: { id: number; path: string }, position: number) => {
    const created = await db.orgUnit.create({ data: { code: `${tag}-${name}`, name, kind, parentId: parent.id, path: parent.path, position } });
    return db.orgUnit.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` }, select: { id: true, path: true } });
  };
  section = await unit("試験課", "SECTION", bureau, 98);
  for (const [i] of SIZES.entries()) units.push(await unit(`試験第${i + 1}係`, "UNIT", section, i));
  const person = async (suffix: string, rank: string, unitId: number, joinedOn: Date) =>
    (
      await db.employee.create({
        data: { staffNumber: `${tag}-${suffix}`, name: `試験 ${suffix}`, nameKana: `シケン ${suffix}`, jobCategory: "事務", rank, joinedOn, unitId },
        select: { id: true },
      })
    ).id;
  const chiefId = await person("課長", "課長", section.id, LONG_AGO);
  const leaderId = await person("係長", "係長", units[0]!.id, LONG_AGO);
  await db.roleAssignment.createMany({
    data: [
      { employeeId: chiefId, role: "SUPERVISOR", unitId: section.id, includeSubunits: true, validFrom: LONG_AGO },
      { employeeId: leaderId, role: "SUPERVISOR", unitId: units[0]!.id, validFrom: LONG_AGO },
    ],
  });
  people = [chiefId, leaderId, await person("課長補佐", "課長補佐", section.id, LONG_AGO), await person("主査", "主査", section.id, RECENT)];
  const statuses = ["APPROVED", "SUBMITTED", "RETURNED", "DRAFT", null] as const;
  let n = 0;
  for (const [u, size] of SIZES.entries()) {
    for (let i = 0; i < size; i++, n++) {
      const id = await person(`${u + 1}-${i}`, "主事", units[u]!.id, n % 3 === 0 ? RECENT : LONG_AGO);
      people.push(id);
      const status = statuses[n % statuses.length]!;
      if (status) {
        const plan = await db.developmentPlan.create({ data: { employeeId: id, fiscalYear: FY, status }, select: { id: true } });
        // Commitments: one done, one overdue, one dropped (never counted).
        await db.commitment.createMany({
          data: [
            {
              level: "INDIVIDUAL",
              fiscalYear: FY,
              measureId: measure,
              title: "完了",
              createdById: id,
              planId: plan.id,
              ownerEmployeeId: id,
              status: "DONE",
              progressPercent: 100,
            },
            {
              level: "INDIVIDUAL",
              fiscalYear: FY,
              measureId: measure,
              title: "超過",
              createdById: id,
              planId: plan.id,
              ownerEmployeeId: id,
              status: "IN_PROGRESS",
              progressPercent: 40,
              dueOn: new Date(Date.UTC(2000, 0, 1)),
            },
            {
              level: "INDIVIDUAL",
              fiscalYear: FY,
              measureId: measure,
              title: "取下げ",
              createdById: id,
              planId: plan.id,
              ownerEmployeeId: id,
              status: "DROPPED",
            },
          ],
        });
      }
      if (n % 2 === 0) {
        const day = toDateColumn(fiscalYearStart(FY));
        await db.trainingRecord.create({
          data: { employeeId: id, fiscalYear: FY, programmeName: "試験研修", kind: "EXTERNAL", startOn: day, endOn: day, hours: 3.5, createdById: id },
        });
      }
      if (n % 4 === 0) await db.careerInterview.create({ data: { employeeId: id, supervisorId: leaderId, heldOn: toDateColumn(tokyoDate()), kind: "OTHER" } });
      if (n % 6 === 0) await db.ojtPlan.create({ data: { traineeId: id, trainerId: leaderId, supervisorId: chiefId, fiscalYear: FY } });
    }
  }
  chief = await actorById(chiefId);
  leader = await actorById(leaderId);
  outside = (
    await db.orgUnit.findFirstOrThrow({
      where: { path: { startsWith: bureau.path }, kind: "UNIT", id: { notIn: units.map((u) => u.id) } },
      select: { id: true },
    })
  ).id;
}, 120_000);

afterAll(async () => {
  await closeOwnDatabase();
});

/** What the people table shows for a list of members, added up as a unit's row does. */
function addUp(rows: TeamMemberOverview[]) {
  const start = toDateColumn(fiscalYearStart(FY));
  return {
    staff: rows.length,
    young: rows.filter((row) => row.youngStaff).length,
    plansApproved: rows.filter((row) => row.planStatus === "APPROVED").length,
    plansSubmitted: rows.filter((row) => row.planStatus === "SUBMITTED").length,
    plansReturned: rows.filter((row) => row.planStatus === "RETURNED").length,
    plansDraft: rows.filter((row) => row.planStatus === "DRAFT").length,
    plansNone: rows.filter((row) => row.planStatus === null).length,
    commitmentsPlanned: rows.reduce((sum, row) => sum + row.commitmentsPlanned, 0),
    commitmentsDone: rows.reduce((sum, row) => sum + row.commitmentsDone, 0),
    overdue: rows.reduce((sum, row) => sum + row.overdue, 0),
    trainingHours: rows.reduce((sum, row) => sum + row.trainingHours, 0),
    interviewed: rows.filter((row) => row.lastInterviewOn !== null && row.lastInterviewOn >= start).length,
    ojtPlans: rows.filter((row) => row.youngStaff && row.hasOjtTrainer).length,
  };
}

describe("a large team, one row per unit", () => {
  it("is shown per unit when it has more people than a page lists", async () => {
    const overview = await findTeamOverview(chief, FY);
    expect(overview.staff).toBe(SIZES.reduce((a, b) => a + b) + 3); // the 係長, the two of the 課 itself; never the 課長
    expect(overview.staff).toBeGreaterThan(SMALL_TEAM);
    expect(overview.units?.map((unit) => [unit.id, unit.direct])).toEqual([[section.id, true], ...units.map((unit) => [unit.id, false])]);
    // Below the units: the 課's own members only, not the 係's.
    expect(overview.members.map((member) => member.id).sort()).toEqual(people.slice(2, 4).sort());
  });

  it("counts each unit as the people table of that unit shows it", async () => {
    const view = await resolveTeamView(chief, section.id);
    const rollUp = await summariseTeamUnits(chief, view, FY);
    for (const unit of units) {
      const opened = await findTeamOverview(chief, FY, unit.id);
      expect(opened.units).toBeNull(); // a 係 of twelve is listed in full
      const row = rollUp.find((candidate) => candidate.id === unit.id && !candidate.direct);
      expect(row).toMatchObject(addUp(opened.members));
    }
    const own = rollUp.find((candidate) => candidate.direct);
    expect(own).toMatchObject(addUp((await findTeamOverview(chief, FY, section.id)).members));
    const totals = totalTeamUnits(rollUp);
    expect(totals.staff).toBe((await findTeamOverview(chief, FY)).staff);
    expect(totals.plansApproved + totals.plansSubmitted + totals.plansReturned + totals.plansDraft + totals.plansNone).toBe(totals.staff);
    expect(totals.commitmentsPlanned).toBeGreaterThan(totals.commitmentsDone);
    expect(totals.overdue).toBeGreaterThan(0);
  });

  it("opens a unit with the way back up, and lists its people in full", async () => {
    const opened = await findTeamOverview(chief, FY, units[1]!.id);
    expect(opened.view).toMatchObject({ unit: { id: units[1]!.id }, subtree: true, trail: [{ id: section.id, name: "試験課" }] });
    expect(opened.members).toHaveLength(SIZES[1]!);
    expect(opened.staff).toBe(SIZES[1]);
  });

  it("keeps the OJT and interview pages to the same units and counts", async () => {
    const ojt = await findOjtOverview(chief, FY, units[0]!.id);
    const team = await findTeamOverview(chief, FY, units[0]!.id);
    expect(ojt.units).toBeNull();
    expect(ojt.members.map((member) => member.employeeId).sort()).toEqual(
      team.members
        .filter((member) => member.youngStaff)
        .map((member) => member.id)
        .sort(),
    );
    expect(ojt.coverage.young).toBe(addUp(team.members).young);
    const interviews = await findTeamInterviews(chief, FY, units[2]!.id);
    expect(interviews.rows.filter((row) => row.count > 0)).toHaveLength(addUp((await findTeamOverview(chief, FY, units[2]!.id)).members).interviewed);
  });

  it("answers a unit outside the scope as not found", async () => {
    // Elsewhere in the bureau, for the 課長 and for the 係長 of one 係.
    await expectAppError(findTeamOverview(chief, FY, outside), "NOT_FOUND");
    await expectAppError(findOjtOverview(chief, FY, outside), "NOT_FOUND");
    await expectAppError(findTeamInterviews(chief, FY, outside), "NOT_FOUND");
    // The 係長 leads 第1係 without subunits: neither the 課 above nor the 第2係 beside it.
    await expectAppError(findTeamOverview(leader, FY, section.id), "NOT_FOUND");
    await expectAppError(findTeamOverview(leader, FY, units[1]!.id), "NOT_FOUND");
    await expectAppError(findTeamOverview(leader, FY, 2_000_000_000), "NOT_FOUND");
    const own = await findTeamOverview(leader, FY, units[0]!.id);
    expect(own.members).toHaveLength(SIZES[0]!);
    expect(own.view.trail).toEqual([]);
  });
});
