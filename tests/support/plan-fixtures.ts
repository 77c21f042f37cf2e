import { randomUUID } from "node:crypto";
import { assert, expect } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { addIndividualCommitment } from "@/lib/year/commitments/individual-commitments";
import { type CommitmentInput, commitmentInputSchema, type ProgressInput, progressInputSchema } from "@/lib/year/commitments/schemas";
import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { AppError, type AppErrorCode } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { approvePlan } from "@/lib/year/plans/review-plan";
import { type PlanContentInput, planContentSchema } from "@/lib/year/plans/schemas";
import { startOwnPlan } from "@/lib/year/plans/start-own-plan";
import { submitPlan } from "@/lib/year/plans/submit-plan";
import { updatePlanContent } from "@/lib/year/plans/update-plan";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Shared set-up for the plan tests. Test files share one database and run in parallel, so each
 * file makes its own small team (a 係 directly under 健康福祉局, a 係長 holding SUPERVISOR over it,
 * and members reporting to them) in one transaction, and removes it afterwards. The team is kept
 * out of demo-supervisor's 企画係 and out of 障害企画課 on purpose: access-scope.test.ts asserts
 * that team's size and that section's head-count as literals, and would fail while we ran.
 * Members joined in 2000, so they never move the young-staff counts either.
 */

export const FY = fiscalYearOf(tokyoDate());
export const todayIso = () => toIsoDate(tokyoDate());
const LONG_AGO = new Date(Date.UTC(2000, 3, 1));

export async function actorById(id: number): Promise<Actor> {
  const actor = await loadActor(db, id, tokyoDate());
  if (!actor) throw new Error(`no actor for employee ${id}`);
  return actor;
}

/** A seeded person found by where they sit, e.g. the 局長 of 健康福祉局, as an Actor. */
export async function seededActor(where: Prisma.EmployeeWhereInput): Promise<Actor> {
  const { id } = await db.employee.findFirstOrThrow({ where, orderBy: { id: "asc" }, select: { id: true } });
  return actorById(id);
}

export interface Team {
  unitId: number;
  supervisor: Actor;
  members: Actor[];
  remove(): Promise<void>;
}

export async function createTeam(label: string, size: number): Promise<Team> {
  const tag = `it-${label}-${randomUUID().slice(0, 8)}`;
  const bureau = await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true, path: true } });
  const person = (suffix: string, rank: string, unitId: number, supervisorId: number | null) => ({
    staffNumber: `${tag}-${suffix}`,
    name: `試験 ${suffix}`,
    nameKana: "シケン",
    jobCategory: "事務",
    rank,
    joinedOn: LONG_AGO,
    unitId,
    supervisorId,
  });
  const ids = await db.$transaction(async (tx) => {
    const unit = await tx.orgUnit.create({ data: { code: tag, name: "試験係", kind: "UNIT", parentId: bureau.id, path: bureau.path, position: 99 } });
    await tx.orgUnit.update({ where: { id: unit.id }, data: { path: `${bureau.path}${unit.id}/` } });
    const chief = await tx.employee.create({ data: person("係長", "係長", unit.id, null), select: { id: true } });
    await tx.roleAssignment.create({ data: { employeeId: chief.id, role: "SUPERVISOR", unitId: unit.id, validFrom: LONG_AGO } });
    const members: number[] = [];
    for (let i = 1; i <= size; i++) members.push((await tx.employee.create({ data: person(`職員${i}`, "主事", unit.id, chief.id), select: { id: true } })).id);
    return { unit: unit.id, chief: chief.id, members };
  });
  const everyone = [ids.chief, ...ids.members];
  return {
    unitId: ids.unit,
    supervisor: await actorById(ids.chief),
    members: await Promise.all(ids.members.map(actorById)),
    // Plans first: they cascade to commitments, progress and review events, which hold
    // RESTRICT keys to employees. Audit rows stay, their actor set to NULL by the foreign key.
    async remove() {
      await db.developmentPlan.deleteMany({ where: { employeeId: { in: everyone } } });
      await db.employee.deleteMany({ where: { id: { in: everyone } } });
      await db.orgUnit.delete({ where: { id: ids.unit } });
    },
  };
}

/** Id of a measure by area and number, e.g. (1, 1) for ①キャリア形成の支援. */
export async function measureId(area: number, number: number): Promise<number> {
  return (await db.measure.findFirstOrThrow({ where: { number, area: { number: area } }, select: { id: true } })).id;
}

/** Inputs go through the real zod schemas, as they do from the forms. */
export const commitmentInput = (measure: number, overrides: Record<string, unknown> = {}): CommitmentInput =>
  commitmentInputSchema.parse({
    title: "窓口対応の手引きを作る",
    measureId: measure,
    targetKind: "text",
    targetText: "手引き1冊",
    dueOn: `${FY}-12-15`,
    ...overrides,
  });

export const planContent = (version: number, overrides: Record<string, unknown> = {}): PlanContentInput =>
  planContentSchema.parse({
    version,
    visionNow: "制度を分かりやすく説明できる。",
    transferWishFields: "福祉分野",
    transferWishComment: "区役所で相談業務を経験したい。",
    images: [],
    ...overrides,
  });

export const progressInput = (version: number, overrides: Record<string, unknown> = {}): ProgressInput =>
  progressInputSchema.parse({ version, recordedOn: todayIso(), note: "進めている。", ...overrides });

export async function planVersion(planId: number): Promise<number> {
  return (await db.developmentPlan.findUniqueOrThrow({ where: { id: planId }, select: { version: true } })).version;
}

export async function commitmentVersion(id: number): Promise<number> {
  return (await db.commitment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

/** A fresh plan for this fiscal year with its vision written and `count` commitments, in DRAFT. */
export async function draftPlan(owner: Actor, measure: number, count = 1, fiscalYear = FY) {
  await db.developmentPlan.deleteMany({ where: { employeeId: owner.employeeId, fiscalYear } });
  const planId = await startOwnPlan(owner, fiscalYear);
  await updatePlanContent(owner, planId, planContent(1));
  const commitmentIds: number[] = [];
  for (let i = 0; i < count; i++) {
    commitmentIds.push(await addIndividualCommitment(owner, planId, commitmentInput(measure, { title: `取組${i + 1}`, dueOn: `${fiscalYear}-12-15` })));
  }
  return { planId, commitmentIds };
}

export async function submittedPlan(owner: Actor, measure: number, count = 1, fiscalYear = FY) {
  const plan = await draftPlan(owner, measure, count, fiscalYear);
  await submitPlan(owner, plan.planId, await planVersion(plan.planId));
  return plan;
}

export async function approvedPlan(owner: Actor, supervisor: Actor, measure: number, count = 1) {
  const plan = await submittedPlan(owner, measure, count);
  await approvePlan(supervisor, plan.planId, await planVersion(plan.planId), "承認します。");
  return plan;
}

export const planEvents = (planId: number) =>
  db.reviewEvent.findMany({
    where: { planId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { action: true, fromStatus: true, toStatus: true, comment: true, actorId: true },
  });

/** Audit rows of writes to a plan and its commitments (reads, "plan.view", left out). */
export async function writeAudits(planId: number) {
  const commitments = await db.commitment.findMany({ where: { planId }, select: { id: true } });
  return db.auditLog.findMany({
    where: {
      action: { not: "plan.view" satisfies AuditAction },
      OR: [
        { entity: "development_plan", entityId: String(planId) },
        { entity: "commitment", entityId: { in: commitments.map((c) => String(c.id)) } },
      ],
    },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, entity: true, entityId: true, detail: true },
  });
}

/** Everything a refused request must leave as it was. */
export async function planSnapshot(planId: number) {
  const plan = await db.developmentPlan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      status: true,
      version: true,
      visionNow: true,
      transferWishFields: true,
      reflection: true,
      reviewerId: true,
      commitments: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          status: true,
          version: true,
          title: true,
          position: true,
          progressPercent: true,
          _count: { select: { progress: true, events: true } },
        },
      },
      _count: { select: { events: true } },
    },
  });
  return { ...plan, audits: (await writeAudits(planId)).length };
}

export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode, field?: string, messageKey?: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert(error instanceof AppError, `expected ${code}, got ${String(error)}`);
  expect([error.code, error.field, error.messageKey]).toEqual([code, field, messageKey]);
  return error;
}
