import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { invalidInput } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Opens the actor's plan for a fiscal year: the current one, or the next (plans for April are
 * written in March). Starting a plan that exists returns it, so a double click is harmless.
 */
export async function startOwnPlan(actor: Actor, fiscalYear: number): Promise<number> {
  return db.$transaction((tx) => startOwnPlanInTx(tx, actor, fiscalYear));
}

/**
 * The same, in the caller's transaction, for writes that need a plan to put something in
 * (accepting an action agreed in a career interview when the employee has no plan yet).
 */
export async function startOwnPlanInTx(tx: Prisma.TransactionClient, actor: Actor, fiscalYear: number): Promise<number> {
  const current = fiscalYearOf(tokyoDate());
  if (fiscalYear !== current && fiscalYear !== current + 1) throw invalidInput("fiscalYear", "invalid");
  // Two starts at once (two tabs, or a start racing an accepted interview action) would both
  // find no plan and the second would fail on the unique key: the employee's row lock queues
  // them, and the second finds the first one's plan. NO KEY UPDATE leaves foreign keys alone.
  await tx.$executeRaw`SELECT 1 FROM employee WHERE id = ${actor.employeeId} FOR NO KEY UPDATE`;
  const existing = await tx.developmentPlan.findUnique({
    where: { employeeId_fiscalYear: { employeeId: actor.employeeId, fiscalYear } },
    select: { id: true },
  });
  if (existing) return existing.id;
  const images = await tx.targetImage.findMany({ where: { retiredAt: null }, select: { id: true } });
  const plan = await tx.developmentPlan.create({
    data: {
      employeeId: actor.employeeId,
      fiscalYear,
      images: { create: images.map((image) => ({ targetImageId: image.id })) },
      events: { create: { action: "CREATE", toStatus: "DRAFT", actorId: actor.employeeId } },
    },
    select: { id: true },
  });
  await recordAudit(tx, { actorId: actor.employeeId, action: "plan.create", entity: "development_plan", entityId: plan.id, detail: { fiscalYear } });
  return plan.id;
}
