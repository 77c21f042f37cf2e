import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/platform/auth/roles";
import { type NewTeamCommitmentInput, newTeamCommitmentSchema } from "@/lib/year/commitments/team-schemas";
import { fromDateColumn, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart, isYoungStaff } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { actorById, FY, seededActor } from "./plan-fixtures";

/**
 * A unit of our own for the team-commitment tests: a 係 directly under 健康福祉局 (out of the
 * sections other tests count) with its 係長, three young members (joined on 1 April of this
 * fiscal year, young under any threshold), two who are not, an inactive young one, and a 係
 * below it with one young member, counted only when the 係長 leads it with its sub-units.
 */
const LONG_AGO = new Date(Date.UTC(2000, 3, 1));
const THIS_YEAR = toDateColumn(fiscalYearStart(FY));

export interface TeamUnitFixture {
  unitId: number;
  subUnitId: number;
  assignmentId: number;
  chief: Actor;
  young: number[];
  old: number[];
  inactive: number;
  subMember: number;
  remove(): Promise<void>;
}

export async function createTeamUnit(): Promise<TeamUnitFixture> {
  const tag = `it-team-${randomUUID().slice(0, 8)}`;
  const bureau = await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true, path: true } });
  let sequence = 0;
  const ids = await db.$transaction(async (tx) => {
    const unit = async (name: string, parent: { id: number; path: string }) => {
      const created = await tx.orgUnit.create({
        data: { code: `${tag}-${++sequence}`, name, kind: "UNIT", parentId: parent.id, path: parent.path, position: 99 },
      });
      const path = `${parent.path}${created.id}/`;
      await tx.orgUnit.update({ where: { id: created.id }, data: { path } });
      return { id: created.id, path };
    };
    const person = async (unitId: number, rank: string, joinedOn: Date, supervisorId: number | null, active = true) =>
      (
        await tx.employee.create({
          data: {
            staffNumber: `${tag}-${++sequence}`,
            name: `試験 ${rank}${sequence}`,
            nameKana: "シケン",
            jobCategory: "事務",
            rank,
            joinedOn,
            unitId,
            supervisorId,
            active,
          },
          select: { id: true },
        })
      ).id;
    const team = await unit("試験チーム係", bureau);
    const sub = await unit("試験チーム分室", team);
    const chief = await person(team.id, "係長", LONG_AGO, null);
    const assignment = await tx.roleAssignment.create({
      data: { employeeId: chief, role: "SUPERVISOR", unitId: team.id, validFrom: LONG_AGO },
      select: { id: true },
    });
    const young = [
      await person(team.id, "主事", THIS_YEAR, chief),
      await person(team.id, "主事", THIS_YEAR, chief),
      await person(team.id, "主事", THIS_YEAR, chief),
    ];
    const old = [await person(team.id, "主任", LONG_AGO, chief), await person(team.id, "主任", LONG_AGO, chief)];
    const inactive = await person(team.id, "主事", THIS_YEAR, chief, false);
    const subMember = await person(sub.id, "主事", THIS_YEAR, chief);
    return { unit: team.id, sub: sub.id, assignment: assignment.id, chief, young, old, inactive, subMember };
  });
  const everyone = [ids.chief, ...ids.young, ...ids.old, ids.inactive, ids.subMember];
  return {
    unitId: ids.unit,
    subUnitId: ids.sub,
    assignmentId: ids.assignment,
    chief: await actorById(ids.chief),
    young: ids.young,
    old: ids.old,
    inactive: ids.inactive,
    subMember: ids.subMember,
    // Commitments first (they cascade to progress and events, which hold RESTRICT keys to
    // employees), then what our people own, then the people and units. Audit rows stay.
    async remove() {
      const commitments = await db.commitment.findMany({ where: { ownerUnitId: { in: [ids.unit, ids.sub] } }, select: { id: true } });
      await db.notification.deleteMany({ where: { href: { in: commitments.map((c) => `/commitments/${c.id}`) } } });
      await db.commitment.deleteMany({ where: { id: { in: commitments.map((c) => c.id) } } });
      await db.ojtPlan.deleteMany({ where: { OR: [{ traineeId: { in: everyone } }, { trainerId: { in: everyone } }] } });
      await db.careerInterview.deleteMany({ where: { employeeId: { in: everyone } } });
      await db.developmentPlan.deleteMany({ where: { employeeId: { in: everyone } } });
      await db.employee.deleteMany({ where: { id: { in: everyone } } });
      await db.orgUnit.delete({ where: { id: ids.sub } });
      await db.orgUnit.delete({ where: { id: ids.unit } });
    },
  };
}

/** The seeded people each role is tested as. */
export async function seededRoles() {
  const bureauChief = await db.roleAssignment.findFirstOrThrow({
    where: { role: "SUPERVISOR", unit: { name: "健康福祉局", kind: "BUREAU" } },
    select: { employeeId: true },
  });
  return {
    bureauCoordinator: await seededActor({ staffNumber: "demo-bureau" }),
    otherBureauCoordinator: await seededActor({ rank: "副区長", unit: { name: "青葉区" } }),
    otherSupervisor: await seededActor({ staffNumber: "demo-supervisor" }),
    bureauChief: await actorById(bureauChief.employeeId),
    hr: await seededActor({ staffNumber: "demo-hr" }),
    hq: await seededActor({ staffNumber: "demo-hq" }),
  };
}

export const teamInput = (unitId: number, measureId: number, overrides: Record<string, unknown> = {}): NewTeamCommitmentInput =>
  newTeamCommitmentSchema.parse({
    unitId,
    fiscalYear: FY,
    title: "新任職員全員にOJT指導担当を付ける",
    measureId,
    targetKind: "text",
    targetText: "5月末までに全員",
    dueOn: `${FY}-05-31`,
    ...overrides,
  });

/** Everything a refused request must leave as it was. */
export async function commitmentSnapshot(id: number) {
  const commitment = await db.commitment.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      version: true,
      title: true,
      metric: true,
      measureId: true,
      targetText: true,
      progressPercent: true,
      actualValue: true,
      dueOn: true,
      _count: { select: { progress: true, events: true } },
    },
  });
  const [audits, notifications] = await Promise.all([
    db.auditLog.count({ where: { entity: "commitment", entityId: String(id) } }),
    db.notification.count({ where: { href: `/commitments/${id}` } }),
  ]);
  return { ...commitment, actualValue: commitment.actualValue?.toString() ?? null, audits, notifications };
}

export const commitmentEvents = (id: number) =>
  db.reviewEvent.findMany({
    where: { commitmentId: id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { action: true, fromStatus: true, toStatus: true, comment: true, actorId: true },
  });

export const commitmentAudits = (id: number) =>
  db.auditLog.findMany({
    where: { entity: "commitment", entityId: String(id) },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, detail: true },
  });

export const commitmentVersionOf = async (id: number) => (await db.commitment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/**
 * The metrics counted again, independently of lib/year/commitments/compute-metric.ts: members listed
 * by Prisma, young staff decided by isYoungStaff in JavaScript, records counted per member.
 */
export async function expectedFigures(unitIds: number[], excluded: number, target: number) {
  const members = await db.employee.findMany({ where: { unitId: { in: unitIds }, active: true, id: { not: excluded } }, select: { id: true, joinedOn: true } });
  const years = await getYoungStaffYears(db);
  const young = members.filter((member) => isYoungStaff(fromDateColumn(member.joinedOn), tokyoDate(), years)).map((member) => member.id);
  const ids = members.map((member) => member.id);
  const withOjt = await db.ojtPlan.count({ where: { traineeId: { in: young }, fiscalYear: FY } });
  const approved = await db.developmentPlan.count({ where: { employeeId: { in: ids }, fiscalYear: FY, status: "APPROVED" } });
  const held = await db.$queryRaw<{ employee_id: number; n: number }[]>`
    SELECT employee_id, count(*)::int AS n FROM career_interview
    WHERE employee_id = ANY(${ids}::int[]) AND held_on >= ${toDateColumn(fiscalYearStart(FY))} AND held_on <= ${toDateColumn(fiscalYearEnd(FY))}
    GROUP BY employee_id`;
  const counts = ids.map((id) => held.find((row) => row.employee_id === id)?.n ?? 0);
  const credited = counts.reduce((sum, n) => sum + Math.min(n, target), 0);
  const total = counts.reduce((sum, n) => sum + n, 0);
  return {
    ojt: { population: young.length, reached: withOjt },
    plans: { population: ids.length, reached: approved },
    interviews: {
      population: ids.length,
      reached: counts.filter((n) => n >= target).length,
      interviews: total,
      percent: Math.round((100 * credited) / (target * ids.length)),
    },
  };
}
