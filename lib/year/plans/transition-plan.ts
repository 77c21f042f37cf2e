import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatus, PlanStatus, ReviewAction } from "@/lib/generated/prisma/enums";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { conflict, notAllowed, notFound } from "@/lib/platform/errors";

/**
 * Takes the plan's row lock for the rest of the transaction. Every write that touches a plan or
 * its commitments takes it first, so a submit, a review and a change of a commitment never
 * interleave (a commitment dropped while the plan is being submitted, say).
 */
export async function lockPlan(tx: Prisma.TransactionClient, planId: number): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM development_plan WHERE id = ${planId} FOR UPDATE`;
}

/**
 * Moves a plan from one of `from` to `to`, guarded by its version, and keeps the record of it:
 * a timeline event (who, when, from → to, comment) and an audit row, in the caller's
 * transaction. The individual commitments of the plan follow where `commitments` says.
 */
export async function transitionPlan(
  tx: Prisma.TransactionClient,
  change: {
    planId: number;
    version: number;
    from: readonly PlanStatus[];
    to: PlanStatus;
    action: ReviewAction;
    /** named by the caller, so that a search for the name finds where the move is made */
    auditAction: AuditAction;
    actorId: number;
    /** 代決: the supervisor the actor stands in for (lib/people/org/plan-reviewer.ts) */
    onBehalfOfId?: number | null;
    comment?: string;
    where?: Prisma.DevelopmentPlanWhereInput;
    data?: Prisma.DevelopmentPlanUncheckedUpdateManyInput;
    commitments?: { from: CommitmentStatus[]; to: CommitmentStatus };
  },
): Promise<void> {
  await lockPlan(tx, change.planId);
  const current = await tx.developmentPlan.findFirst({
    where: { id: change.planId, ...change.where },
    select: { status: true, version: true },
  });
  if (!current) throw notFound("plan");
  if (current.version !== change.version) throw conflict("plan");
  if (!change.from.includes(current.status)) throw notAllowed(`plan ${current.status} → ${change.to}`);

  const updated = await tx.developmentPlan.updateMany({
    where: { id: change.planId, version: change.version, status: current.status },
    data: { ...change.data, status: change.to, version: { increment: 1 } },
  });
  if (updated.count === 0) throw conflict("plan");

  if (change.commitments) {
    await tx.commitment.updateMany({
      where: { planId: change.planId, status: { in: change.commitments.from } },
      data: { status: change.commitments.to, version: { increment: 1 } },
    });
  }
  await tx.reviewEvent.create({
    data: {
      planId: change.planId,
      action: change.action,
      fromStatus: current.status,
      toStatus: change.to,
      comment: change.comment ?? "",
      actorId: change.actorId,
      onBehalfOfId: change.onBehalfOfId ?? null,
    },
  });
  await recordAudit(tx, {
    actorId: change.actorId,
    action: change.auditAction,
    entity: "development_plan",
    entityId: change.planId,
    detail: {
      before: { status: current.status },
      after: { status: change.to },
      comment: change.comment ?? "",
      ...(change.onBehalfOfId ? { onBehalfOf: change.onBehalfOfId } : {}),
    },
  });
}
