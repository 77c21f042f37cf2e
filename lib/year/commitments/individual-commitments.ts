import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { conflict, notAllowed, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { canEditGoals, isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import { keepApprovedTerms, readPlanTerms } from "@/lib/year/plans/plan-snapshot";
import { parsePlanTerms, sameCommitmentTerms } from "@/lib/year/plans/plan-changes";
import { confirmByOwnerEdit } from "@/lib/year/plans/proxy-entry";
import { lockPlan } from "@/lib/year/plans/transition-plan";
import { agreedStatus } from "./commitment-rules";
import { commitmentColumns, createDraftCommitment } from "./commitment-data";
import type { CommitmentInput } from "./schemas";

/**
 * Individual commitments live inside the owner's plan. Adding, changing or dropping one changes
 * the plan's goals: allowed while the plan is a draft or returned, and on an approved plan whose
 * changes are not with the supervisor. An approved plan stays approved: a new or changed
 * commitment waits for approval on its own (DRAFT until the owner sends the changes) while the
 * others keep taking progress. Reordering is allowed in the same states and changes no goal.
 * Only the owner does any of it, always under the plan's row lock.
 */
async function ownPlan(tx: Prisma.TransactionClient, actor: Actor, planId: number) {
  await lockPlan(tx, planId);
  const plan = await tx.developmentPlan.findFirst({
    where: { id: planId, employeeId: actor.employeeId },
    select: { id: true, status: true, fiscalYear: true, changesSubmittedAt: true, approvedSnapshot: true },
  });
  if (!plan) throw notFound("plan");
  await assertYearOpen(tx, actor, plan.fiscalYear);
  if (!canEditGoals(plan.status, plan.changesSubmittedAt !== null) || isPastFiscalYear(plan.fiscalYear, fiscalYearOf(tokyoDate())))
    throw notAllowed("plan not editable");
  await keepApprovedTerms(tx, { id: plan.id, status: plan.status, hasSnapshot: plan.approvedSnapshot !== null });
  // The owner changing a plan entered on behalf (代理入力) confirms it.
  await confirmByOwnerEdit(tx, actor, plan.id);
  return plan;
}

/**
 * A commitment of an approved plan after its goal was changed: waiting for approval (DRAFT),
 * unless the change brought it back to the terms last approved — then it is agreed again and
 * takes progress as before, rather than waiting for an approval of nothing.
 */
async function statusOnApprovedPlan(tx: Prisma.TransactionClient, planId: number, commitmentId: number, progressPercent: number) {
  const plan = await tx.developmentPlan.findUniqueOrThrow({ where: { id: planId }, select: { approvedSnapshot: true } });
  const approved = parsePlanTerms(plan.approvedSnapshot)?.commitments.find((terms) => terms.id === commitmentId);
  const current = (await readPlanTerms(tx, planId)).commitments.find((terms) => terms.id === commitmentId);
  const unchanged = approved !== undefined && current !== undefined && sameCommitmentTerms(approved, current);
  return unchanged ? agreedStatus(progressPercent) : "DRAFT";
}

async function ownCommitment(tx: Prisma.TransactionClient, actor: Actor, commitmentId: number) {
  const commitment = await tx.commitment.findFirst({
    where: { id: commitmentId, level: "INDIVIDUAL", ownerEmployeeId: actor.employeeId },
    select: {
      id: true,
      planId: true,
      version: true,
      status: true,
      position: true,
      progressPercent: true,
      title: true,
      description: true,
      measureId: true,
      focusThemeId: true,
      targetImageId: true,
      targetText: true,
      targetValue: true,
      targetUnit: true,
      dueOn: true,
    },
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
export async function addIndividualCommitmentInTx(
  tx: Prisma.TransactionClient,
  actor: Actor,
  planId: number,
  input: CommitmentInput,
  comment = "",
): Promise<number> {
  const plan = await ownPlan(tx, actor, planId);
  const columns = await commitmentColumns(tx, input, plan.fiscalYear);
  const id = await createDraftCommitment(tx, {
    planId,
    fiscalYear: plan.fiscalYear,
    ownerEmployeeId: actor.employeeId,
    createdById: actor.employeeId,
    columns,
    event: { action: "CREATE", comment },
  });
  await recordAudit(tx, { actorId: actor.employeeId, action: "commitment.create", entity: "commitment", entityId: id, detail: { after: columns } });
  return id;
}

export async function updateIndividualCommitment(actor: Actor, commitmentId: number, version: number, input: CommitmentInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await ownCommitment(tx, actor, commitmentId);
    const plan = await ownPlan(tx, actor, before.planId);
    if (before.version !== version) throw conflict("commitment");
    const columns = await commitmentColumns(tx, input, plan.fiscalYear);
    const updated = await tx.commitment.updateMany({ where: { id: commitmentId, version }, data: { ...columns, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("commitment");
    // A changed goal of an approved plan waits for the supervisor's approval; the plan's other commitments do not.
    const status =
      before.status === "DROPPED" || plan.status !== "APPROVED" ? before.status : await statusOnApprovedPlan(tx, plan.id, commitmentId, before.progressPercent);
    if (status !== before.status) await tx.commitment.update({ where: { id: commitmentId }, data: { status } });
    const { id, planId, version: beforeVersion, position, progressPercent, ...beforeColumns } = before;
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "commitment.update",
      entity: "commitment",
      entityId: commitmentId,
      detail: { before: beforeColumns, after: { ...columns, status } },
    });
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
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "commitment.move",
      entity: "commitment",
      entityId: commitmentId,
      detail: { before: commitment.position, after: neighbour.position },
    });
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
    await tx.reviewEvent.create({
      data: { commitmentId, action: "STATUS", fromStatus: before.status, toStatus: "DROPPED", comment: reason, actorId: actor.employeeId },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "commitment.drop",
      entity: "commitment",
      entityId: commitmentId,
      detail: { before: { status: before.status }, after: { status: "DROPPED" }, reason },
    });
  });
}
