import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { compareDates, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { db } from "@/lib/platform/db/client";
import { conflict, invalidInput, notAllowed, notFound } from "@/lib/platform/errors";
import { lockPlan } from "@/lib/year/plans/transition-plan";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import type { ProgressInput } from "./schemas";

const LIVE = ["APPROVED", "IN_PROGRESS", "DONE"] as const;

/**
 * The owner records progress on an approved commitment: it does not change the goal, so the
 * plan stays approved. 100 % marks it done; anything less keeps it in progress.
 */
export async function recordIndividualProgress(actor: Actor, commitmentId: number, input: ProgressInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const owned = await tx.commitment.findFirst({
      where: { id: commitmentId, level: "INDIVIDUAL", ownerEmployeeId: actor.employeeId },
      select: { planId: true },
    });
    if (owned?.planId) await lockPlan(tx, owned.planId);
    const commitment = await tx.commitment.findFirst({
      where: { id: commitmentId, level: "INDIVIDUAL", ownerEmployeeId: actor.employeeId },
      select: { status: true, version: true, fiscalYear: true, progressPercent: true, actualValue: true, plan: { select: { status: true } } },
    });
    if (!commitment) throw notFound("commitment");
    await assertYearOpen(tx, actor, commitment.fiscalYear);
    if (commitment.plan?.status !== "APPROVED" || !(LIVE as readonly string[]).includes(commitment.status)) throw notAllowed("commitment not approved");
    if (commitment.version !== input.version) throw conflict("commitment");
    const recordedOn = parseIsoDate(input.recordedOn);
    if (!isWithinFiscalYear(recordedOn, commitment.fiscalYear)) throw invalidInput("recordedOn", "outsideFiscalYear", { fiscalYear: commitment.fiscalYear });
    if (compareDates(recordedOn, tokyoDate()) > 0) throw invalidInput("recordedOn", "future");

    const progressPercent = input.percent ?? commitment.progressPercent;
    const status = progressPercent >= 100 ? "DONE" : "IN_PROGRESS";
    const updated = await tx.commitment.updateMany({
      where: { id: commitmentId, version: input.version },
      data: { progressPercent, actualValue: input.actualValue ?? commitment.actualValue, status, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("commitment");
    await tx.commitmentProgress.create({
      data: {
        commitmentId,
        recordedOn: toDateColumn(recordedOn),
        note: input.note,
        percent: input.percent ?? null,
        actualValue: input.actualValue ?? null,
        recordedById: actor.employeeId,
      },
    });
    if (status !== commitment.status) {
      await tx.reviewEvent.create({ data: { commitmentId, action: "STATUS", fromStatus: commitment.status, toStatus: status, actorId: actor.employeeId } });
    }
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "commitment.progress",
      entity: "commitment",
      entityId: commitmentId,
      detail: { before: { status: commitment.status, progressPercent: commitment.progressPercent }, after: { status, progressPercent, note: input.note } },
    });
  });
}
