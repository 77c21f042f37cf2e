import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import type { CommitmentStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import { actorById, measureId } from "./plan-fixtures";

/**
 * The bureau dashboard's known dataset: a 部 under 青葉区 standing in for a bureau (the
 * coordinator's grant is on it), with 課A (and its 係A1) and 課B. Not a new 局: access-scope
 * asserts the city's three bureaus and 健康福祉局's sections by name while we run. Young staff
 * joined on 1 April of this fiscal year (young under any threshold), seniors in 2000.
 *
 * 課A: a1 senior 課長, plan APPROVED (commitments DONE + IN_PROGRESS), trainings 6.5 h + 3 h,
 *      one interview this year;
 *      a2 young (係A1), plan SUBMITTED (commitments SUBMITTED + DROPPED), OJT plan, training 2 h,
 *      one interview this year and one last year;
 *      a3 young (係A1), no plan, no OJT, a training last year only;
 *      a4 inactive (係A1), plan APPROVED, training: left out of everything.
 * 課B: b1 senior, plan DRAFT (one DRAFT commitment); b2 young, plan RETURNED, OJT plan,
 *      training 1.5 h, two interviews this year.
 * The coordinator sits in the 部 itself, outside both 課, with a training of their own, and a
 * plan of their own, reopened as DRAFT (so the 部's plan counts elsewhere stay as they were), with
 * commitments on (1)⑤ IN_PROGRESS and DONE and on (3)② DROPPED: counted by their own status.
 * Team commitments: 課A (1)① IN_PROGRESS; 係A1 (1)⑤ DONE; 課B (2)③ SUBMITTED and (2)③ DROPPED.
 * The 部's own (bureau-level) commitments: (1)② IN_PROGRESS at 40 % this year, (1)② DONE last year.
 *
 * Per measure this year (individual planned / in progress / done ・ team the same):
 * (1)① 4/1/1 ・ 1/1/0; (1)⑤ 2/1/1 ・ 1/0/1; (2)③ 0/0/0 ・ 1/0/0; every other measure zeros.
 */

export const FY = fiscalYearOf(tokyoDate());
const LONG_AGO = new Date(Date.UTC(2000, 3, 1));
const THIS_APRIL = new Date(Date.UTC(FY, 3, 1));
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

export interface BureauWorld {
  bureauId: number;
  sectionA: number;
  sectionB: number;
  unitA1: number;
  coordinator: Actor;
  people: Record<"a1" | "a2" | "a3" | "a4" | "b1" | "b2", number>;
  /** the 部's own commitment of this year */
  bureauCommitment: number;
  remove(): Promise<void>;
}

export async function createBureauWorld(): Promise<BureauWorld> {
  const tag = `it-bd-${randomUUID().slice(0, 8)}`;
  const ward = await db.orgUnit.findFirstOrThrow({ where: { name: "青葉区", kind: "BUREAU" }, select: { id: true, path: true } });
  const measure = await measureId(1, 1);
  const [m12, m15, m23, m32] = [await measureId(1, 2), await measureId(1, 5), await measureId(2, 3), await measureId(3, 2)];
  const ids = await db.$transaction(async (tx) => {
    const unit = async (suffix: string, kind: "DEPARTMENT" | "SECTION" | "UNIT", parent: { id: number; path: string }, position: number) => {
      const created = await tx.orgUnit.create({
        data: { code: `${tag}-${suffix}`, name: `試験${suffix}`, kind, parentId: parent.id, path: parent.path, position },
      });
      return tx.orgUnit.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` }, select: { id: true, path: true } });
    };
    const dept = await unit("部", "DEPARTMENT", ward, 99);
    const [sectionA, sectionB] = [await unit("課A", "SECTION", dept, 1), await unit("課B", "SECTION", dept, 2)];
    const unitA1 = await unit("係A1", "UNIT", sectionA, 1);
    const person = async (suffix: string, unitId: number, joinedOn: Date, active = true) =>
      (
        await tx.employee.create({
          data: {
            staffNumber: `${tag}-${suffix}`,
            name: `試験 ${suffix}`,
            nameKana: `シケン ${suffix}`,
            jobCategory: "事務",
            rank: "主事",
            joinedOn,
            unitId,
            active,
          },
          select: { id: true },
        })
      ).id;
    const coordinator = await person("推進員", dept.id, LONG_AGO);
    await tx.roleAssignment.create({
      data: { employeeId: coordinator, role: "BUREAU_COORDINATOR", unitId: dept.id, includeSubunits: true, validFrom: LONG_AGO },
    });
    const people = {
      a1: await person("a1", sectionA.id, LONG_AGO),
      a2: await person("a2", unitA1.id, THIS_APRIL),
      a3: await person("a3", unitA1.id, THIS_APRIL),
      a4: await person("a4", unitA1.id, LONG_AGO, false),
      b1: await person("b1", sectionB.id, LONG_AGO),
      b2: await person("b2", sectionB.id, THIS_APRIL),
    };
    const plan = async (employeeId: number, status: PlanStatus, commitments: (CommitmentStatus | [CommitmentStatus, number])[]) => {
      const { id: planId } = await tx.developmentPlan.create({ data: { employeeId, fiscalYear: FY, status }, select: { id: true } });
      await tx.commitment.createMany({
        data: commitments.map((entry, position) => ({
          level: "INDIVIDUAL" as const,
          fiscalYear: FY,
          planId,
          ownerEmployeeId: employeeId,
          measureId: Array.isArray(entry) ? entry[1] : measure,
          title: `取組${position + 1}`,
          status: Array.isArray(entry) ? entry[0] : entry,
          position,
          createdById: employeeId,
        })),
      });
    };
    await plan(people.a1, "APPROVED", ["DONE", "IN_PROGRESS"]);
    await plan(people.a2, "SUBMITTED", ["SUBMITTED", "DROPPED"]);
    await plan(people.a4, "APPROVED", ["DONE"]);
    await plan(people.b1, "DRAFT", ["DRAFT"]);
    await plan(people.b2, "RETURNED", []);
    await plan(coordinator, "DRAFT", [
      ["IN_PROGRESS", m15],
      ["DONE", m15],
      ["DROPPED", m32],
    ]);
    const unitCommitment = (
      level: "TEAM" | "BUREAU",
      ownerUnitId: number,
      measureId: number,
      status: CommitmentStatus,
      title: string,
      fiscalYear = FY,
      progressPercent = 0,
    ) => ({
      level,
      fiscalYear,
      ownerUnitId,
      measureId,
      title,
      status,
      progressPercent,
      createdById: coordinator,
    });
    await tx.commitment.createMany({
      data: [
        unitCommitment("TEAM", sectionA.id, measure, "IN_PROGRESS", "課Aの取組"),
        unitCommitment("TEAM", unitA1.id, m15, "DONE", "係A1の取組"),
        unitCommitment("TEAM", sectionB.id, m23, "SUBMITTED", "課Bの取組"),
        unitCommitment("TEAM", sectionB.id, m23, "DROPPED", "課Bの取りやめた取組"),
        unitCommitment("BUREAU", dept.id, m12, "DONE", "昨年度の部の取組", FY - 1, 100),
      ],
    });
    const { id: bureauCommitment } = await tx.commitment.create({
      data: unitCommitment("BUREAU", dept.id, m12, "IN_PROGRESS", "部のOJT手引きづくり", FY, 40),
      select: { id: true },
    });
    const training = (employeeId: number, hours: number, fiscalYear = FY) => ({
      employeeId,
      fiscalYear,
      programmeName: "試験研修",
      kind: "INSTITUTE" as const,
      startOn: day(fiscalYear, 6, 1),
      endOn: day(fiscalYear, 6, 1),
      hours,
      createdById: coordinator,
    });
    await tx.trainingRecord.createMany({
      data: [
        training(people.a1, 6.5),
        training(people.a1, 3),
        training(people.a2, 2),
        training(people.a3, 4, FY - 1),
        training(people.a4, 5),
        training(people.b2, 1.5),
        training(coordinator, 7),
      ],
    });
    const interview = (employeeId: number, heldOn: Date) => ({ employeeId, supervisorId: people.a1, heldOn, kind: "OTHER" as const });
    await tx.careerInterview.createMany({
      data: [
        interview(people.a1, day(FY, 4, 10)),
        interview(people.a2, day(FY, 5, 10)),
        interview(people.a2, day(FY - 1, 5, 10)),
        interview(people.b2, day(FY, 4, 20)),
        interview(people.b2, day(FY + 1, 3, 31)),
      ],
    });
    await tx.ojtPlan.createMany({
      data: [
        { traineeId: people.a2, trainerId: people.a1, supervisorId: people.a1, fiscalYear: FY },
        { traineeId: people.b2, trainerId: people.b1, supervisorId: people.b1, fiscalYear: FY },
        // last year's plan does not cover a3 this year
        { traineeId: people.a3, trainerId: people.a1, supervisorId: people.a1, fiscalYear: FY - 1 },
      ],
    });
    return { dept: dept.id, sectionA: sectionA.id, sectionB: sectionB.id, unitA1: unitA1.id, coordinator, people, bureauCommitment };
  });
  const everyone = [ids.coordinator, ...Object.values(ids.people)];
  return {
    bureauId: ids.dept,
    sectionA: ids.sectionA,
    sectionB: ids.sectionB,
    unitA1: ids.unitA1,
    coordinator: await actorById(ids.coordinator),
    people: ids.people,
    bureauCommitment: ids.bureauCommitment,
    // Rows holding RESTRICT keys to employees first (plans cascade to their commitments); audit
    // rows stay, their actor set to NULL by the foreign key.
    async remove() {
      const people = { in: everyone };
      await db.commitment.deleteMany({ where: { ownerUnitId: { in: [ids.unitA1, ids.sectionA, ids.sectionB, ids.dept] } } });
      await db.ojtPlan.deleteMany({ where: { traineeId: people } });
      await db.careerInterview.deleteMany({ where: { employeeId: people } });
      await db.trainingRecord.deleteMany({ where: { employeeId: people } });
      await db.developmentPlan.deleteMany({ where: { employeeId: people } });
      await db.employee.deleteMany({ where: { id: people } });
      for (const id of [ids.unitA1, ids.sectionA, ids.sectionB, ids.dept]) await db.orgUnit.delete({ where: { id } });
    },
  };
}
