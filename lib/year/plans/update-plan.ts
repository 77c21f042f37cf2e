import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { conflict, invalidInput, notAllowed, notFound } from "@/lib/platform/errors";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import { canEditGoals, isPastFiscalYear } from "./plan-rules";
import type { PlanContentInput } from "./schemas";
import { keepApprovedTerms } from "./plan-snapshot";
import { confirmByOwnerEdit } from "./proxy-entry";
import { lockPlan } from "./transition-plan";

const GOAL_FIELDS = ["visionNow", "vision3Years", "vision10Years", "transferWishFields", "transferWishComment"] as const;

/**
 * Saves the plan's goals. Only the owner, only while the plan (or its changes) is not under
 * review; an approved plan stays approved, and the changed goals show in the supervisor's diff
 * once the owner sends them (lib/year/plans/plan-change-review.ts). A stale version is refused
 * (CONFLICT) rather than overwriting what someone else saved.
 */
export async function updatePlanContent(actor: Actor, planId: number, input: PlanContentInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockPlan(tx, planId);
    const before = await tx.developmentPlan.findFirst({
      where: { id: planId, employeeId: actor.employeeId },
      select: {
        status: true,
        version: true,
        fiscalYear: true,
        changesSubmittedAt: true,
        approvedSnapshot: true,
        visionNow: true,
        vision3Years: true,
        vision10Years: true,
        transferWishFields: true,
        transferWishComment: true,
        images: { select: { targetImageId: true, aspired: true, reason: true, selfScore: true, selfComment: true } },
      },
    });
    if (!before) throw notFound("plan");
    if (before.version !== input.version) throw conflict("plan");
    await assertYearOpen(tx, actor, before.fiscalYear);
    if (!canEditGoals(before.status, before.changesSubmittedAt !== null) || isPastFiscalYear(before.fiscalYear, fiscalYearOf(tokyoDate())))
      throw notAllowed("plan not editable");
    const known = new Set(before.images.map((image) => image.targetImageId));
    const unknown = input.images.find((image) => !known.has(image.targetImageId));
    if (unknown) throw invalidInput("images", "invalid");

    await keepApprovedTerms(tx, { id: planId, status: before.status, hasSnapshot: before.approvedSnapshot !== null });
    const pick = (source: Record<(typeof GOAL_FIELDS)[number], string>) => Object.fromEntries(GOAL_FIELDS.map((field) => [field, source[field]]));
    const data = pick(input);
    const updated = await tx.developmentPlan.updateMany({
      where: { id: planId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("plan");
    for (const image of input.images) {
      await tx.planTargetImage.update({
        where: { planId_targetImageId: { planId, targetImageId: image.targetImageId } },
        data: { aspired: image.aspired, reason: image.reason, selfScore: image.selfScore ?? null, selfComment: image.selfComment },
      });
    }
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "plan.update",
      entity: "development_plan",
      entityId: planId,
      detail: { before: { ...pick(before), images: before.images }, after: { ...data, images: input.images } },
    });
    await confirmByOwnerEdit(tx, actor, planId);
  });
}

/** The year-end reflection (振り返り) is not a goal: it can be written in any state. */
export async function updateReflection(actor: Actor, planId: number, input: { version: number; reflection: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.developmentPlan.findFirst({ where: { id: planId, employeeId: actor.employeeId }, select: { reflection: true, fiscalYear: true } });
    if (!before) throw notFound("plan");
    await assertYearOpen(tx, actor, before.fiscalYear);
    if (isPastFiscalYear(before.fiscalYear, fiscalYearOf(tokyoDate()))) throw notAllowed("past fiscal year");
    const updated = await tx.developmentPlan.updateMany({
      where: { id: planId, version: input.version },
      data: { reflection: input.reflection, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("plan");
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "plan.reflect",
      entity: "development_plan",
      entityId: planId,
      detail: { before: { reflection: before.reflection }, after: { reflection: input.reflection } },
    });
  });
}
