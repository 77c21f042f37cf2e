import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { conflict, notAllowed, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { canEditGoals, isPastFiscalYear } from "@/lib/plans/plan-rules";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { lockPlan, reopenIfApproved } from "@/lib/plans/transition-plan";
import { commitmentColumns } from "./commitment-data";
import type { CommitmentInput } from "./schemas";

/**
 * Individual commitments live inside the owner's plan. Adding, changing or dropping one changes
 * the plan's goals: allowed while the plan is a draft or returned, and on an approved plan it
 * reopens the plan for approval. Reordering is allowed in the same states and changes no goal.
 * Only the owner does any of it, always under the plan's row lock.
 */
async function ownPlan(tx: Prisma.TransactionClient, actor: Actor, planId: number) {
  await lockPlan(tx, planId);
  const plan = await tx.developmentPlan.findFirst({ where: { id: planId, employeeId: actor.employeeId }, select: { id: true, status: true, fiscalYear: true } });
  if (!plan) throw notFound("plan");
  await assertYearOpen(tx, actor, plan.fiscalYear);
  if (!canEditGoals(plan.status) || isPastFiscalYear(plan.fiscalYear, fiscalYearOf(tokyoDate()))) throw notAllowed("plan not editable");
  return plan;
}

async function ownCommitment(tx: Prisma.TransactionClient, actor: Actor, commitmentId: number) {
  const commitment = await tx.commitment.findFirst({
    where: { id: commitmentId, level: "INDIVIDUAL", ownerEmployeeId: actor.employeeId },
    select: { id: true, planId: true, version: true, status: true, position: true, title: true, description: true, measureId: true, focusThemeId: true, targetImageId: true, targetText: true, targetValue: true, targetUnit: true, dueOn: true },
  });
  if (!commitment?.planId) throw notFound("commitment");
  return { ...commitment, planId: commitment.planId };
}

export async function addIndividualCommitment(actor: Actor, planId: number, input: CommitmentInput): Promise<number> {
  return db.$transaction((tx) => addIndividualCommitmentInTx(tx, actor, planId, input));
}

/**
 * The same, in the caller's transaction, for writes of which adding the commitment is one part
 * (accepting an action agreed in a career interview): all of it happens, or none. `comment`
 * goes on the CREATE event of the commitment's timeline, to say where it came from.
 */
export async function addIndividualCommitmentInTx(tx: Prisma.TransactionClient, actor: Actor, planId: number, input: CommitmentInput, comment = ""): Promise<number> {
  const plan = await ownPlan(tx, actor, planId);
  const columns = await commitmentColumns(tx, input, plan.fiscalYear);
  const last = await tx.commitment.aggregate({ where: { planId }, _max: { position: true } });
  const created = await tx.commitment.create({
    data: {
      ...columns,
      level: "INDIVIDUAL",
      fiscalYear: plan.fiscalYear,
      planId,
      ownerEmployeeId: actor.employeeId,
      createdById: actor.employeeId,
      position: (last._max.position ?? -1) + 1,
      status: "DRAFT",
      events: { create: { action: "CREATE", toStatus: "DRAFT", actorId: actor.employeeId, comment } },
    },
    select: { id: true },
  });
  await recordAudit(tx, { actorId: actor.employeeId, action: "commitment.create", entity: "commitment", entityId: created.id, detail: { after: columns } });
  await reopenIfApproved(tx, planId, actor.employeeId);
  return created.id;
}

export async function updateIndividualCommitment(actor: Actor, commitmentId: number, version: number, input: CommitmentInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await ownCommitment(tx, actor, commitmentId);
    const plan = await ownPlan(tx, actor, before.planId);
    if (before.version !== version) throw conflict("commitment");
    const columns = await commitmentColumns(tx, input, plan.fiscalYear);
    // A changed goal is reviewed again, so an approved commitment returns to draft with its plan.
    const status = before.status === "DROPPED" ? "DROPPED" : plan.status === "APPROVED" ? "DRAFT" : before.status;
    const updated = await tx.commitment.updateMany({ where: { id: commitmentId, version }, data: { ...columns, status, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("commitment");
    const { id, planId, version: beforeVersion, position, ...beforeColumns } = before;
    await recordAudit(tx, { actorId: actor.employeeId, action: "commitment.update", entity: "commitment", entityId: commitmentId, detail: { before: beforeColumns, after: { ...columns, status } } });
    await reopenIfApproved(tx, before.planId, actor.employeeId);
  });
}

/** Moves a commitment one place up or down in its plan by swapping with its neighbour. */
export async function moveIndividualCommitment(actor: Actor, commitmentId: number, direction: "up" | "down"): Promise<void> {
  await db.$transaction(async (tx) => {
    const { planId } = await ownCommitment(tx, actor, commitmentId);
    await ownPlan(tx, actor, planId);
    // Positions are read again under the plan's lock, so two moves cannot interleave.
    const commitment = await ownCommitment(tx, actor, commitmentId);
    const neighbour = await tx.commitment.findFirst({
      where: { planId: commitment.planId, position: direction === "up" ? { lt: commitment.position } : { gt: commitment.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return;
    await tx.commitment.update({ where: { id: neighbour.id }, data: { position: commitment.position } });
    await tx.commitment.update({ where: { id: commitmentId }, data: { position: neighbour.position, version: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.employeeId, action: "commitment.move", entity: "commitment", entityId: commitmentId, detail: { before: commitment.position, after: neighbour.position } });
  });
}

/** Drops a commitment: it stays in the plan's history, marked as dropped, with the reason. */
export async function dropIndividualCommitment(actor: Actor, commitmentId: number, version: number, reason: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await ownCommitment(tx, actor, commitmentId);
    await ownPlan(tx, actor, before.planId);
    if (before.status === "DROPPED") throw notAllowed("already dropped");
    const updated = await tx.commitment.updateMany({ where: { id: commitmentId, version }, data: { status: "DROPPED", version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("commitment");
    await tx.reviewEvent.create({ data: { commitmentId, action: "STATUS", fromStatus: before.status, toStatus: "DROPPED", comment: reason, actorId: actor.employeeId } });
    await recordAudit(tx, { actorId: actor.employeeId, action: "commitment.drop", entity: "commitment", entityId: commitmentId, detail: { before: { status: before.status }, after: { status: "DROPPED" }, reason } });
    await reopenIfApproved(tx, before.planId, actor.employeeId);
  });
}
