import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { invalidInput, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentLevel, NotificationKind } from "@/lib/generated/prisma/enums";
import { NOBODY_NOTIFIED, type Notified, notify } from "@/lib/messaging/notifications/notify";
import { resolveNotifications } from "@/lib/messaging/notifications/resolve-notifications";
import { reviewableWhere } from "./commitment-access";
import { ownersOf } from "./commitment-recipients";
import { type CommitmentInTransition, lockCommitment, transitionCommitment } from "./transition-commitment";

/** A decision as the reviewer is told of it: who heard, and which queue (level and year) it came from. */
export interface ReviewOutcome {
  notified: Notified;
  level: CommitmentLevel;
  fiscalYear: number;
}

/** The owners (a unit's supervisors, a bureau's coordinators, the HR division) hear of the decision; the reviewer is told who did. */
async function notifyOwners(
  tx: Prisma.TransactionClient,
  actor: Actor,
  commitmentId: number,
  commitment: CommitmentInTransition,
  kind: NotificationKind,
): Promise<ReviewOutcome> {
  const queue = { level: commitment.level, fiscalYear: commitment.fiscalYear };
  if (commitment.level === "INDIVIDUAL") return { notified: NOBODY_NOTIFIED, ...queue };
  const notified = await notify(tx, await ownersOf(tx, { level: commitment.level, ownerUnitId: commitment.ownerUnitId }), {
    kind,
    actorId: actor.employeeId,
    href: `/commitments/${commitmentId}`,
    params: { name: actor.name, unit: commitment.ownerUnit?.name ?? "", title: commitment.title },
  });
  // The other reviewers of its level need not look at it any more.
  await resolveNotifications(tx, `/commitments/${commitmentId}`, ["COMMITMENT_SUBMITTED"]);
  return { notified, ...queue };
}

/** The reviewer of its level approves a submitted commitment, with an optional comment. */
export async function approveCommitment(actor: Actor, commitmentId: number, version: number, comment: string): Promise<ReviewOutcome> {
  const where = reviewableWhere(actor);
  return db.$transaction(async (tx) => {
    const commitment = await transitionCommitment(tx, {
      commitmentId,
      version,
      where,
      from: ["SUBMITTED"],
      to: "APPROVED",
      action: "APPROVE",
      auditAction: "commitment.approve",
      actor,
      comment: comment.trim(),
    });
    return notifyOwners(tx, actor, commitmentId, commitment, "COMMITMENT_APPROVED");
  });
}

/** Returning without saying why leaves the owner guessing: the comment is required. */
export async function returnCommitment(actor: Actor, commitmentId: number, version: number, comment: string): Promise<ReviewOutcome> {
  const where = reviewableWhere(actor);
  if (comment.trim() === "") throw invalidInput("comment", "required");
  return db.$transaction(async (tx) => {
    const commitment = await transitionCommitment(tx, {
      commitmentId,
      version,
      where,
      from: ["SUBMITTED"],
      to: "RETURNED",
      action: "RETURN",
      auditAction: "commitment.return",
      actor,
      comment: comment.trim(),
    });
    return notifyOwners(tx, actor, commitmentId, commitment, "COMMITMENT_RETURNED");
  });
}

/**
 * A reviewer's comment without a decision, in any state. It does not change the commitment's
 * version, so it cannot collide with the owner's edits.
 */
export async function commentOnCommitment(actor: Actor, commitmentId: number, comment: string): Promise<void> {
  const where = reviewableWhere(actor);
  if (comment.trim() === "") throw invalidInput("comment", "required");
  await db.$transaction(async (tx) => {
    await lockCommitment(tx, commitmentId);
    const commitment = await tx.commitment.findFirst({ where: { AND: [{ id: commitmentId }, where] }, select: { status: true } });
    if (!commitment) throw notFound("commitment");
    await tx.reviewEvent.create({
      data: { commitmentId, action: "COMMENT", fromStatus: commitment.status, toStatus: commitment.status, comment: comment.trim(), actorId: actor.employeeId },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "commitment.comment",
      entity: "commitment",
      entityId: commitmentId,
      detail: { comment: comment.trim() },
    });
  });
}
