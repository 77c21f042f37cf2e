import type { Actor } from "@/lib/platform/auth/roles";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatus, ReviewAction } from "@/lib/generated/prisma/enums";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { conflict, notAllowed, notFound } from "@/lib/platform/errors";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";

/**
 * Takes the commitment's row lock for the rest of the transaction. Every write to a standalone
 * commitment takes it first, so a submit, a review, an edit and a progress entry never
 * interleave (an edit landing between a reviewer's read and their approval, say).
 */
export async function lockCommitment(tx: Prisma.TransactionClient, commitmentId: number): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM commitment WHERE id = ${commitmentId} FOR UPDATE`;
}

const currentSelect = {
  level: true,
  status: true,
  version: true,
  fiscalYear: true,
  title: true,
  ownerUnitId: true,
  ownerUnit: { select: { name: true } },
} as const;
export type CommitmentInTransition = Prisma.CommitmentGetPayload<{ select: typeof currentSelect }>;

/**
 * Moves a standalone commitment from one of `from` to `to`, guarded by its version, and keeps
 * the record of it: a timeline event (who, when, from → to, comment) and an audit row, in the
 * caller's transaction. `where` is the actor's scope: outside it the commitment is NOT_FOUND.
 * `guard` may refuse on what only the loaded row shows (a past fiscal year, say).
 */
export async function transitionCommitment(
  tx: Prisma.TransactionClient,
  change: {
    commitmentId: number;
    version: number;
    where: Prisma.CommitmentWhereInput;
    from: readonly CommitmentStatus[];
    to: CommitmentStatus;
    action: ReviewAction;
    actor: Actor;
    comment?: string;
    /** named by the caller, so that a search for the name finds where the move is made */
    auditAction: AuditAction;
    guard?: (current: CommitmentInTransition) => void;
  },
): Promise<CommitmentInTransition> {
  await lockCommitment(tx, change.commitmentId);
  const current = await tx.commitment.findFirst({ where: { AND: [{ id: change.commitmentId }, change.where] }, select: currentSelect });
  if (!current) throw notFound("commitment");
  change.guard?.(current);
  await assertYearOpen(tx, change.actor, current.fiscalYear);
  if (current.version !== change.version) throw conflict("commitment");
  if (!change.from.includes(current.status)) throw notAllowed(`commitment ${current.status} → ${change.to}`);

  const updated = await tx.commitment.updateMany({
    where: { id: change.commitmentId, version: change.version, status: current.status },
    data: { status: change.to, version: { increment: 1 } },
  });
  if (updated.count === 0) throw conflict("commitment");
  const comment = change.comment ?? "";
  await tx.reviewEvent.create({
    data: {
      commitmentId: change.commitmentId,
      action: change.action,
      fromStatus: current.status,
      toStatus: change.to,
      comment,
      actorId: change.actor.employeeId,
    },
  });
  await recordAudit(tx, {
    actorId: change.actor.employeeId,
    action: change.auditAction,
    entity: "commitment",
    entityId: change.commitmentId,
    detail: { before: { status: current.status }, after: { status: change.to }, comment },
  });
  return current;
}

/** A guard for owners' transitions: commitments of fiscal years that have ended are history. */
export function refusePastYear(current: CommitmentInTransition): void {
  if (isPastFiscalYear(current.fiscalYear, fiscalYearOf(tokyoDate()))) throw notAllowed("past fiscal year");
}
