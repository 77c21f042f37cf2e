import { randomUUID } from "node:crypto";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import type { CommitmentStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import { measureId } from "./plan-fixtures";

/**
 * The city dashboard's known dataset, for a database of the test's own (the demo data with it).
 * Three bureaus of its own, named after the demo's with a 試験 prefix, so that which groups are
 * withheld depends on these nine people only (small-groups.ts pairs a group only with groups
 * of people); everyone also has a job category no one else has (`試験職種-<random>`), which the
 * test filters on. One 係 directly under each bureau:
 *
 * 試験青葉区 (X), 4 people: x1 主事 young: plan APPROVED, commitments IN_PROGRESS (①-①, theme 1,
 *   image 1) and DONE (①-②), OJT plan, training 2 h, an interview; x2 主事: plan SUBMITTED, a
 *   DRAFT commitment (①-①), training 3.5 h this year and 4 h last year; x3 係長: plan APPROVED;
 *   x4 課長: no plan.
 * 試験総務局 (Y), 2 people: y1 主事 young: plan APPROVED, a DONE commitment (①-①), training 1 h;
 *   y2 主事: plan RETURNED, a DROPPED commitment (not counted).
 * 試験健康福祉局 (Z), 3 people, 主事: no plans; z1's plan last year APPROVED.
 */
export const FY = fiscalYearOf(tokyoDate());
const LONG_AGO = new Date(Date.UTC(2000, 3, 1));
const THIS_APRIL = new Date(Date.UTC(FY, 3, 1));

export interface CityWorld {
  job: string;
  bureaus: Record<"x" | "y" | "z", number>;
  measures: { m11: number; m12: number };
  theme1: number;
  image1: number;
}

export async function createCityWorld(): Promise<CityWorld> {
  const tag = `it-cd-${randomUUID().slice(0, 8)}`;
  const job = `試験職種-${tag}`;
  const bureau = async (name: string, position: number) => {
    const created = await db.orgUnit.create({ data: { code: `${tag}-${name}`, name, kind: "BUREAU", path: "/", position }, select: { id: true } });
    return db.orgUnit.update({ where: { id: created.id }, data: { path: `/${created.id}/` }, select: { id: true, path: true } });
  };
  const [x, y, z] = [await bureau("試験青葉区", 901), await bureau("試験総務局", 902), await bureau("試験健康福祉局", 903)];
  const measures = { m11: await measureId(1, 1), m12: await measureId(1, 2) };
  const theme1 = (await db.focusTheme.findUniqueOrThrow({ where: { number: 1 }, select: { id: true } })).id;
  const image1 = (await db.targetImage.findUniqueOrThrow({ where: { number: 1 }, select: { id: true } })).id;
  await db.$transaction(async (tx) => {
    const unit = async (suffix: string, parent: { id: number; path: string }) => {
      const created = await tx.orgUnit.create({
        data: { code: `${tag}-${suffix}`, name: `試験係${suffix}`, kind: "UNIT", parentId: parent.id, path: parent.path, position: 99 },
      });
      await tx.orgUnit.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` } });
      return created.id;
    };
    const units = { x: await unit("X", x), y: await unit("Y", y), z: await unit("Z", z) };
    const person = async (suffix: string, unitId: number, rank: string, joinedOn = LONG_AGO) =>
      (
        await tx.employee.create({
          data: { staffNumber: `${tag}-${suffix}`, name: `試験 ${suffix}`, nameKana: "シケン", jobCategory: job, rank, joinedOn, unitId },
          select: { id: true },
        })
      ).id;
    const p = {
      x1: await person("x1", units.x, "主事", THIS_APRIL),
      x2: await person("x2", units.x, "主事"),
      x3: await person("x3", units.x, "係長"),
      x4: await person("x4", units.x, "課長"),
      y1: await person("y1", units.y, "主事", THIS_APRIL),
      y2: await person("y2", units.y, "主事"),
      z1: await person("z1", units.z, "主事"),
      z2: await person("z2", units.z, "主事"),
      z3: await person("z3", units.z, "主事"),
    };
    type C = { status: CommitmentStatus; measureId: number; focusThemeId?: number; targetImageId?: number };
    const plan = async (employeeId: number, status: PlanStatus, commitments: C[], fiscalYear = FY) => {
      const { id: planId } = await tx.developmentPlan.create({ data: { employeeId, fiscalYear, status }, select: { id: true } });
      await tx.commitment.createMany({
        data: commitments.map((c, position) => ({
          level: "INDIVIDUAL" as const,
          fiscalYear,
          planId,
          ownerEmployeeId: employeeId,
          title: `取組${position}`,
          position,
          createdById: employeeId,
          ...c,
        })),
      });
    };
    await plan(p.x1, "APPROVED", [
      { status: "IN_PROGRESS", measureId: measures.m11, focusThemeId: theme1, targetImageId: image1 },
      { status: "DONE", measureId: measures.m12 },
    ]);
    await plan(p.x2, "SUBMITTED", [{ status: "DRAFT", measureId: measures.m11 }]);
    await plan(p.x3, "APPROVED", []);
    await plan(p.y1, "APPROVED", [{ status: "DONE", measureId: measures.m11 }]);
    await plan(p.y2, "RETURNED", [{ status: "DROPPED", measureId: measures.m11 }]);
    await plan(p.z1, "APPROVED", [], FY - 1);
    const training = (employeeId: number, hours: number, fiscalYear = FY) => ({
      employeeId,
      fiscalYear,
      programmeName: "試験研修",
      kind: "INSTITUTE" as const,
      startOn: new Date(Date.UTC(fiscalYear, 5, 1)),
      endOn: new Date(Date.UTC(fiscalYear, 5, 1)),
      hours,
      createdById: p.x3,
    });
    await tx.trainingRecord.createMany({ data: [training(p.x1, 2), training(p.x2, 3.5), training(p.x2, 4, FY - 1), training(p.y1, 1)] });
    await tx.careerInterview.create({ data: { employeeId: p.x1, supervisorId: p.x3, heldOn: new Date(Date.UTC(FY, 4, 10)), kind: "OTHER" } });
    await tx.ojtPlan.create({ data: { traineeId: p.x1, trainerId: p.x2, supervisorId: p.x3, fiscalYear: FY } });
  });
  return {
    job,
    bureaus: { x: x.id, y: y.id, z: z.id },
    measures,
    theme1,
    image1,
  };
}
