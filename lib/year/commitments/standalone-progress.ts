import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, compareDates, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { db } from "@/lib/platform/db/client";
import { conflict, invalidInput, notAllowed, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { canRecordProgress, statusAfterProgress } from "./commitment-rules";
import { computeMetric } from "./compute-metric";
import type { ProgressInput } from "./schemas";
import { ownedWhere } from "./commitment-access";
import { lockCommitment } from "./transition-commitment";

/**
 * The owner records progress on an approved standalone commitment (any level). MANUAL ones take
 * what the owner enters; computed ones take the figure the portal computes now, so the entry is a
 * dated snapshot of it. Neither changes the goal, so the commitment stays approved: 100 % marks
 * it done, anything less keeps it in progress.
 */

interface Entry {
  recordedOn: CalendarDate;
  note: string;
  percent: number | undefined;
  actualValue: number | undefined;
}

async function loadForProgress(tx: Prisma.TransactionClient, actor: Actor, commitmentId: number, version: number) {
  const scope = ownedWhere(actor);
  await lockCommitment(tx, commitmentId);
  const commitment = await tx.commitment.findFirst({
    where: { AND: [{ id: commitmentId }, scope] },
    select: {
      level: true,
      status: true,
      version: true,
      fiscalYear: true,
      metric: true,
      ownerUnitId: true,
      targetValue: true,
      progressPercent: true,
      actualValue: true,
    },
  });
  if (!commitment) throw notFound("commitment");
  if (!canRecordProgress(commitment.status) || isPastFiscalYear(commitment.fiscalYear, fiscalYearOf(tokyoDate()))) throw notAllowed("commitment not approved");
  if (commitment.version !== version) throw conflict("commitment");
  await assertYearOpen(tx, actor, commitment.fiscalYear);
  return commitment;
}

async function writeProgress(
  tx: Prisma.TransactionClient,
  actor: Actor,
  commitmentId: number,
  commitment: Awaited<ReturnType<typeof loadForProgress>>,
  entry: Entry,
) {
  const progressPercent = entry.percent ?? commitment.progressPercent;
  const status = statusAfterProgress(progressPercent);
  const updated = await tx.commitment.updateMany({
    where: { id: commitmentId, version: commitment.version },
    data: { progressPercent, actualValue: entry.actualValue ?? commitment.actualValue, status, version: { increment: 1 } },
  });
  if (updated.count === 0) throw conflict("commitment");
  await tx.commitmentProgress.create({
    data: {
      commitmentId,
      recordedOn: toDateColumn(entry.recordedOn),
      note: entry.note,
      percent: entry.percent ?? null,
      actualValue: entry.actualValue ?? null,
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
    detail: {
      metric: commitment.metric,
      before: { status: commitment.status, progressPercent: commitment.progressPercent },
      after: { status, progressPercent, actualValue: entry.actualValue ?? null, note: entry.note },
    },
  });
}

/** Progress entered by hand, for a MANUAL commitment. */
export async function recordCommitmentProgress(actor: Actor, commitmentId: number, input: ProgressInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const commitment = await loadForProgress(tx, actor, commitmentId, input.version);
    if (commitment.metric !== "MANUAL") throw notAllowed("progress is computed");
    const recordedOn = parseIsoDate(input.recordedOn);
    if (!isWithinFiscalYear(recordedOn, commitment.fiscalYear)) throw invalidInput("recordedOn", "outsideFiscalYear", { fiscalYear: commitment.fiscalYear });
    if (compareDates(recordedOn, tokyoDate()) > 0) throw invalidInput("recordedOn", "future");
    await writeProgress(tx, actor, commitmentId, commitment, { recordedOn, note: input.note, percent: input.percent, actualValue: input.actualValue });
  });
}

/** Today's computed figure of a computed commitment, recorded as a progress entry. */
export async function recordMetricSnapshot(actor: Actor, commitmentId: number, version: number, note: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const commitment = await loadForProgress(tx, actor, commitmentId, version);
    const today = tokyoDate();
    // Computed in the same transaction as the write, so the entry is the figure at that moment.
    const figures = await computeMetric(tx, commitment, today);
    if (!figures) throw notAllowed("progress is entered by hand");
    if (figures.percent === null) throw notAllowed("nothing to measure yet");
    await writeProgress(tx, actor, commitmentId, commitment, {
      recordedOn: today,
      note,
      percent: figures.percent,
      actualValue: figures.actualValue ?? undefined,
    });
  });
}
