import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatus, ReviewAction } from "@/lib/generated/prisma/enums";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { conflict, notAllowed, notFound } from "@/lib/platform/errors";
import { diffPlanTerms, type PlanChanges, parsePlanTerms, type PlanTerms } from "./plan-changes";
import { readPlanTerms } from "./plan-snapshot";
import { lockPlan } from "./transition-plan";

/**
 * One step of a change to an approved plan (submit, withdraw, approve, return), the way
 * transitionPlan moves a whole plan: under the plan's lock, guarded by its version, with a
 * timeline event and an audit row naming what changed (the diff), in the caller's transaction.
 * The plan stays APPROVED throughout; `changes_submitted_at` says whether the changes wait for
 * the supervisor, and the plan's new or changed commitments follow `commitments`.
 */
export async function stepPlanChanges(
  tx: Prisma.TransactionClient,
  step: {
    planId: number;
    version: number;
    /** whether the step needs the changes sent (approve, return, withdraw) or not yet sent (submit) */
    submitted: boolean;
    action: ReviewAction;
    auditAction: AuditAction;
    actorId: number;
    /** an acting reviewer's step (代決): the supervisor they act for, on the timeline and in the audit */
    onBehalfOfId?: number | null;
    comment?: string;
    where?: Prisma.DevelopmentPlanWhereInput;
    data: Prisma.DevelopmentPlanUncheckedUpdateManyInput;
    /** the commitments waiting for approval move from → to; "agreed" sets each by its progress */
    commitments: { from: CommitmentStatus[]; to: CommitmentStatus | "agreed" };
    /** checks of the owner's step (a vision, a live commitment) on the plan as it is now */
    check?: (plan: { terms: PlanTerms; changes: PlanChanges; fiscalYear: number }) => Promise<void> | void;
  },
): Promise<{ changes: PlanChanges; terms: PlanTerms }> {
  await lockPlan(tx, step.planId);
  const current = await tx.developmentPlan.findFirst({
    where: { id: step.planId, ...step.where },
    select: { status: true, version: true, fiscalYear: true, changesSubmittedAt: true, approvedSnapshot: true },
  });
  if (!current) throw notFound("plan");
  if (current.version !== step.version) throw conflict("plan");
  if (current.status !== "APPROVED" || (current.changesSubmittedAt !== null) !== step.submitted) throw notAllowed(`plan changes ${step.action}`);
  const terms = await readPlanTerms(tx, step.planId);
  // A plan approved before snapshots were kept, never changed since, has nothing to diff.
  const changes = diffPlanTerms(parsePlanTerms(current.approvedSnapshot) ?? terms, terms);
  await step.check?.({ terms, changes, fiscalYear: current.fiscalYear });

  const updated = await tx.developmentPlan.updateMany({
    where: { id: step.planId, version: step.version, status: "APPROVED" },
    data: { ...step.data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw conflict("plan");
  if (step.commitments.to === "agreed") {
    // Approved commitments take progress: one whose change is approved goes on where it was.
    await tx.$executeRaw`
      UPDATE commitment
      SET status = (CASE WHEN progress_percent >= 100 THEN 'DONE' WHEN progress_percent > 0 THEN 'IN_PROGRESS' ELSE 'APPROVED' END)::"CommitmentStatus",
          version = version + 1, updated_at = now()
      WHERE plan_id = ${step.planId} AND status::text = ANY(${step.commitments.from})`;
  } else {
    await tx.commitment.updateMany({
      where: { planId: step.planId, status: { in: step.commitments.from } },
      data: { status: step.commitments.to, version: { increment: 1 } },
    });
  }
  await tx.reviewEvent.create({
    data: {
      planId: step.planId,
      action: step.action,
      fromStatus: "APPROVED",
      toStatus: "APPROVED",
      comment: step.comment ?? "",
      actorId: step.actorId,
      onBehalfOfId: step.onBehalfOfId ?? null,
    },
  });
  await recordAudit(tx, {
    actorId: step.actorId,
    action: step.auditAction,
    entity: "development_plan",
    entityId: step.planId,
    detail: { changes, comment: step.comment ?? "", ...(step.onBehalfOfId ? { onBehalfOf: step.onBehalfOfId } : {}) },
  });
  return { changes, terms };
}
