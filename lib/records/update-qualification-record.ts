import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { fromDateColumn } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { assertUpdated, notFound } from "@/lib/errors";
import { type AttachmentChange, prepareAttachmentChange } from "./attachments/attachment-upload";
import { applyAttachmentChange, attachmentAuditSnapshot, deleteAttachment } from "./attachments/store-attachment";
import { qualificationAuditSnapshot, qualificationRecordSelect, type QualificationRecordView, toQualificationRecordView } from "./qualification-record-view";
import { assertRecordRef } from "./record-ref";
import type { QualificationInput } from "./schemas";
import { changesSubstance, UNVERIFIED } from "./substance-change";
import { qualificationColumns } from "./write-qualification-record";

/**
 * Changes one of the actor's own qualification records and its certificate (as for trainings:
 * NOT_FOUND for anyone else's, CONFLICT if stale, unconfirmed again after a change of substance).
 */
export async function updateQualificationRecord(actor: Actor, id: number, version: number, input: QualificationInput & { attachment?: AttachmentChange }): Promise<QualificationRecordView> {
  assertRecordRef(id, version);
  const file = await prepareAttachmentChange(input.attachment);
  return db.$transaction(async (tx) => {
    const own = { id, employeeId: actor.employeeId };
    const before = await tx.qualificationRecord.findFirst({ where: own, select: qualificationRecordSelect });
    if (!before) throw notFound("qualification record");
    const columns = await qualificationColumns(tx, input);
    await assertYearOpen(tx, actor, fiscalYearOf(fromDateColumn(before.obtainedOn)));
    await assertYearOpen(tx, actor, fiscalYearOf(fromDateColumn(columns.obtainedOn)));
    const { attachmentId, replaced } = await applyAttachmentChange(tx, file, { holderId: actor.employeeId, uploaderId: actor.employeeId, currentId: before.attachment?.id ?? null });
    const unverify = before.verifiedAt !== null && changesSubstance(qualificationAuditSnapshot(before), qualificationAuditSnapshot(columns), file, before.attachment !== null);
    assertUpdated(
      await tx.qualificationRecord.updateMany({ where: { ...own, version }, data: { ...columns, attachmentId, ...(unverify ? UNVERIFIED : {}), version: { increment: 1 } } }),
      "qualification record",
    );
    await deleteAttachment(tx, replaced);
    const after = await tx.qualificationRecord.findFirstOrThrow({ where: own, select: qualificationRecordSelect });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "qualification.update",
      entity: "qualification_record",
      entityId: id,
      detail: {
        before: { ...qualificationAuditSnapshot(before), attachment: attachmentAuditSnapshot(before.attachment) },
        after: { ...qualificationAuditSnapshot(after), attachment: attachmentAuditSnapshot(file === undefined ? before.attachment : file) },
        ...(unverify ? { verificationWithdrawn: true } : {}),
      },
    });
    return toQualificationRecordView(after);
  });
}
