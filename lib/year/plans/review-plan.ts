import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { resolvePlanAccess } from "./plan-access";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/messaging/notifications/notify";
import { PLAN_REVIEW_REQUESTS, resolveNotifications } from "@/lib/messaging/notifications/resolve-notifications";
import { stepPlanChanges } from "./plan-change-steps";
import { writeApprovedSnapshot } from "./plan-snapshot";
import { transitionPlan } from "./transition-plan";

/** Who was told of a review: the confirmation names them (「差し戻しました。佐久間さんに通知しました。」). */
export interface ReviewOutcome {
  ownerName: string;
}

/**
 * The owner hears of every review of their plan, with a link to it; the other reviewers' requests
 * to review it are done. Answers the owner's name, for the reviewer's confirmation.
 */
async function notifyOwner(tx: Prisma.TransactionClient, actor: Actor, planId: number, kind: NotificationKind): Promise<ReviewOutcome> {
  const plan = await tx.developmentPlan.findUniqueOrThrow({
    where: { id: planId },
    select: { employeeId: true, fiscalYear: true, employee: { select: { name: true } } },
  });
  await notify(tx, [plan.employeeId], { kind, actorId: actor.employeeId, href: `/me/plans/${plan.fiscalYear}`, params: { name: actor.name } });
  await resolveNotifications(tx, `/plans/${planId}`, PLAN_REVIEW_REQUESTS);
  return { ownerName: plan.employee.name };
}

/**
 * Only the supervisor who reviews the owner's plan (or their acting reviewer) reviews it; others
 * get NOT_FOUND. Answers on whose behalf, for the timeline and the audit.
 */
async function assertReviewer(actor: Actor, planId: number): Promise<number | null> {
  const plan = await db.developmentPlan.findUnique({ where: { id: planId }, select: { employeeId: true } });
  if (!plan) throw notFound("plan");
  const access = await resolvePlanAccess(actor, plan.employeeId);
  if (!access.canReview) throw notFound("plan");
  return access.onBehalfOf?.employeeId ?? null;
}

/** Approves a submitted plan; its terms as approved are kept, the base of any change during the year. */
export async function approvePlan(actor: Actor, planId: number, version: number, comment: string): Promise<ReviewOutcome> {
  const onBehalfOfId = await assertReviewer(actor, planId);
  return db.$transaction(async (tx) => {
    await transitionPlan(tx, {
      onBehalfOfId,
      planId,
      version,
      from: ["SUBMITTED"],
      to: "APPROVED",
      action: "APPROVE",
      auditAction: "plan.approve",
      actorId: actor.employeeId,
      comment,
      data: { reviewedAt: new Date(), reviewerId: actor.employeeId },
      commitments: { from: ["SUBMITTED", "DRAFT"], to: "APPROVED" },
    });
    await writeApprovedSnapshot(tx, planId);
    return notifyOwner(tx, actor, planId, "PLAN_APPROVED");
  });
}

export async function returnPlan(actor: Actor, planId: number, version: number, comment: string): Promise<ReviewOutcome> {
  const onBehalfOfId = await assertReviewer(actor, planId);
  return db.$transaction(async (tx) => {
    await transitionPlan(tx, {
      onBehalfOfId,
      planId,
      version,
      from: ["SUBMITTED"],
      to: "RETURNED",
      action: "RETURN",
      auditAction: "plan.return",
      actorId: actor.employeeId,
      comment,
      data: { reviewedAt: new Date(), reviewerId: actor.employeeId },
      commitments: { from: ["SUBMITTED"], to: "RETURNED" },
    });
    return notifyOwner(tx, actor, planId, "PLAN_RETURNED");
  });
}

/**
 * A supervisor's comment without a decision, in any state. It never touches the employee's
 * own words and does not change the plan's version, so it cannot collide with their edits.
 */
export async function commentOnPlan(actor: Actor, planId: number, comment: string): Promise<ReviewOutcome> {
  const onBehalfOfId = await assertReviewer(actor, planId);
  return db.$transaction(async (tx) => {
    const plan = await tx.developmentPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true } });
    await tx.reviewEvent.create({
      data: { planId, action: "COMMENT", fromStatus: plan.status, toStatus: plan.status, comment, actorId: actor.employeeId, onBehalfOfId },
    });
    const detail = onBehalfOfId ? { comment, onBehalfOf: onBehalfOfId } : { comment };
    await recordAudit(tx, { actorId: actor.employeeId, action: "plan.comment", entity: "development_plan", entityId: planId, detail });
    return notifyOwner(tx, actor, planId, "PLAN_COMMENTED");
  });
}

/**
 * The supervisor approves the changes of an approved plan: the new and changed commitments are
 * agreed (each goes on by its progress), and the plan's terms as now approved are kept, the base
 * of the next change.
 */
export async function approvePlanChanges(actor: Actor, planId: number, version: number, comment: string): Promise<ReviewOutcome> {
  const onBehalfOfId = await assertReviewer(actor, planId);
  return db.$transaction(async (tx) => {
    const { terms } = await stepPlanChanges(tx, {
      planId,
      version,
      submitted: true,
      action: "CHANGES_APPROVE",
      auditAction: "plan.changes.approve",
      actorId: actor.employeeId,
      onBehalfOfId,
      comment,
      data: { changesSubmittedAt: null, reviewedAt: new Date(), reviewerId: actor.employeeId },
      commitments: { from: ["SUBMITTED"], to: "agreed" },
    });
    await tx.developmentPlan.update({ where: { id: planId }, data: { approvedSnapshot: terms } });
    return notifyOwner(tx, actor, planId, "PLAN_APPROVED");
  });
}

/**
 * The supervisor returns the changes with a comment: the plan stays approved as it was agreed,
 * the changed commitments are marked returned for the owner to revise and send again.
 */
export async function returnPlanChanges(actor: Actor, planId: number, version: number, comment: string): Promise<ReviewOutcome> {
  const onBehalfOfId = await assertReviewer(actor, planId);
  return db.$transaction(async (tx) => {
    await stepPlanChanges(tx, {
      planId,
      version,
      submitted: true,
      action: "CHANGES_RETURN",
      auditAction: "plan.changes.return",
      actorId: actor.employeeId,
      onBehalfOfId,
      comment,
      data: { changesSubmittedAt: null, reviewedAt: new Date(), reviewerId: actor.employeeId },
      commitments: { from: ["SUBMITTED"], to: "RETURNED" },
    });
    return notifyOwner(tx, actor, planId, "PLAN_RETURNED");
  });
}
