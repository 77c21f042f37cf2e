import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { assertUpdated, notFound } from "@/lib/errors";
import { type AttachmentChange, prepareAttachmentChange } from "./attachments/attachment-upload";
import { applyAttachmentChange, attachmentAuditSnapshot, deleteAttachment } from "./attachments/store-attachment";
import { assertRecordRef } from "./record-ref";
import type { TrainingInput } from "./schemas";
import { changesSubstance, UNVERIFIED } from "./substance-change";
import { toTrainingRecordView, trainingAuditSnapshot, type TrainingRecordView, trainingRecordSelect } from "./training-record-view";
import { trainingColumns } from "./write-training-record";

/**
 * Changes one of the actor's own training records, and attaches, replaces (attachment: a file)
 * or removes (attachment: null) its certificate. Someone else's id is NOT_FOUND; a version other
 * than the stored one means the record was saved (or confirmed) elsewhere first: CONFLICT. A
 * change of substance takes a confirmed record back to unconfirmed (substance-change.ts).
 */
export async function updateTrainingRecord(actor: Actor, id: number, version: number, input: TrainingInput & { attachment?: AttachmentChange }): Promise<TrainingRecordView> {
  assertRecordRef(id, version);
  const file = await prepareAttachmentChange(input.attachment);
  return db.$transaction(async (tx) => {
    const own = { id, employeeId: actor.employeeId };
    const before = await tx.trainingRecord.findFirst({ where: own, select: trainingRecordSelect });
    if (!before) throw notFound("training record");
    const columns = await trainingColumns(tx, input);
    await assertYearOpen(tx, actor, before.fiscalYear);
    await assertYearOpen(tx, actor, columns.fiscalYear);
    const { attachmentId, replaced } = await applyAttachmentChange(tx, file, { holderId: actor.employeeId, uploaderId: actor.employeeId, currentId: before.attachment?.id ?? null });
    const unverify = before.verifiedAt !== null && changesSubstance(trainingAuditSnapshot(before), trainingAuditSnapshot(columns), file, before.attachment !== null);
    assertUpdated(
      await tx.trainingRecord.updateMany({ where: { ...own, version }, data: { ...columns, attachmentId, ...(unverify ? UNVERIFIED : {}), version: { increment: 1 } } }),
      "training record",
    );
    await deleteAttachment(tx, replaced);
    const after = await tx.trainingRecord.findFirstOrThrow({ where: own, select: trainingRecordSelect });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "training.update",
      entity: "training_record",
      entityId: id,
      detail: {
        before: { ...trainingAuditSnapshot(before), attachment: attachmentAuditSnapshot(before.attachment) },
        after: { ...trainingAuditSnapshot(after), attachment: attachmentAuditSnapshot(file === undefined ? before.attachment : file) },
        ...(unverify ? { verificationWithdrawn: true } : {}),
      },
    });
    return toTrainingRecordView(after);
  });
}
