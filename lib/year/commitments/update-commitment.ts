import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { conflict, notAllowed, notFound } from "@/lib/platform/errors";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { canEditGoal, statusAfterGoalEdit } from "./commitment-rules";
import { ownedWhere } from "./commitment-access";
import { teamCommitmentColumns } from "./team-columns";
import type { TeamCommitmentInput } from "./team-schemas";
import { lockCommitment } from "./transition-commitment";

const goalSelect = {
  status: true,
  version: true,
  fiscalYear: true,
  title: true,
  description: true,
  measureId: true,
  focusThemeId: true,
  targetImageId: true,
  targetText: true,
  targetValue: true,
  targetUnit: true,
  dueOn: true,
  metric: true,
} as const;

/**
 * The owner changes a standalone commitment's goal (any level). Not while it is under review (withdraw it first)
 * nor once done or dropped; a changed goal of an approved commitment goes back for approval,
 * so it reopens as DRAFT. A stale version is refused (CONFLICT) rather than overwriting.
 */
export async function updateCommitment(actor: Actor, commitmentId: number, version: number, input: TeamCommitmentInput): Promise<void> {
  const scope = ownedWhere(actor);
  await db.$transaction(async (tx) => {
    await lockCommitment(tx, commitmentId);
    const before = await tx.commitment.findFirst({ where: { AND: [{ id: commitmentId }, scope] }, select: goalSelect });
    if (!before) throw notFound("commitment");
    if (before.version !== version) throw conflict("commitment");
    if (!canEditGoal(before.status) || isPastFiscalYear(before.fiscalYear, fiscalYearOf(tokyoDate()))) throw notAllowed("commitment not editable");
    await assertYearOpen(tx, actor, before.fiscalYear);

    const columns = await teamCommitmentColumns(tx, input, before.fiscalYear);
    const status = statusAfterGoalEdit(before.status);
    const updated = await tx.commitment.updateMany({ where: { id: commitmentId, version }, data: { ...columns, status, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("commitment");
    if (status !== before.status) {
      await tx.reviewEvent.create({ data: { commitmentId, action: "REOPEN", fromStatus: before.status, toStatus: status, actorId: actor.employeeId } });
    }
    const { version: _version, fiscalYear: _fiscalYear, ...beforeColumns } = before;
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "commitment.update",
      entity: "commitment",
      entityId: commitmentId,
      detail: { before: beforeColumns, after: { ...columns, status } },
    });
  });
}
