import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { invalidInput } from "@/lib/errors";

/**
 * Opens the actor's plan for a fiscal year: the current one, or the next (plans for April are
 * written in March). Starting a plan that exists returns it, so a double click is harmless.
 */
export async function startOwnPlan(actor: Actor, fiscalYear: number): Promise<number> {
  const current = fiscalYearOf(tokyoDate());
  if (fiscalYear !== current && fiscalYear !== current + 1) throw invalidInput("fiscalYear", "invalid");
  const images = await db.targetImage.findMany({ where: { retiredAt: null }, select: { id: true } });
  return db.$transaction(async (tx) => {
    const existing = await tx.developmentPlan.findUnique({
      where: { employeeId_fiscalYear: { employeeId: actor.employeeId, fiscalYear } },
      select: { id: true },
    });
    if (existing) return existing.id;
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
  });
}
