import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { assertUpdated, notFound } from "@/lib/errors";
import { assertRecordRef } from "./record-ref";
import type { TrainingInput } from "./schemas";
import { toTrainingRecordView, trainingAuditSnapshot, type TrainingRecordView, trainingRecordSelect } from "./training-record-view";
import { trainingColumns } from "./write-training-record";

/**
 * Changes one of the actor's own training records. Someone else's id is NOT_FOUND; a version
 * other than the stored one means the record was saved elsewhere first, and is a CONFLICT.
 */
export async function updateTrainingRecord(actor: Actor, id: number, version: number, input: TrainingInput): Promise<TrainingRecordView> {
  assertRecordRef(id, version);
  return db.$transaction(async (tx) => {
    const own = { id, employeeId: actor.employeeId };
    const before = await tx.trainingRecord.findFirst({ where: own, select: trainingRecordSelect });
    if (!before) throw notFound("training record");
    const columns = await trainingColumns(tx, input);
    await assertYearOpen(tx, actor, before.fiscalYear);
    await assertYearOpen(tx, actor, columns.fiscalYear);
    assertUpdated(await tx.trainingRecord.updateMany({ where: { ...own, version }, data: { ...columns, version: { increment: 1 } } }), "training record");
    const after = await tx.trainingRecord.findFirstOrThrow({ where: own, select: trainingRecordSelect });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "training.update",
      entity: "training_record",
      entityId: id,
      detail: { before: trainingAuditSnapshot(before), after: trainingAuditSnapshot(after) },
    });
    return toTrainingRecordView(after);
  });
}
