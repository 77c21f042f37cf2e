import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { fromDateColumn } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { type AttachmentUpload, prepareAttachmentChange } from "./attachments/attachment-upload";
import { applyAttachmentChange, attachmentAuditSnapshot } from "./attachments/store-attachment";
import { qualificationAuditSnapshot, qualificationRecordSelect, type QualificationRecordView, toQualificationRecordView } from "./qualification-record-view";
import type { QualificationInput } from "./schemas";
import { qualificationColumns } from "./write-qualification-record";

/** Records a qualification obtained or self-study done by the actor, with a certificate if one is given. */
export async function createQualificationRecord(actor: Actor, input: QualificationInput & { attachment?: AttachmentUpload }): Promise<QualificationRecordView> {
  const file = await prepareAttachmentChange(input.attachment);
  return db.$transaction(async (tx) => {
    const columns = await qualificationColumns(tx, input);
    await assertYearOpen(tx, actor, fiscalYearOf(fromDateColumn(columns.obtainedOn)));
    const { attachmentId } = await applyAttachmentChange(tx, file, { holderId: actor.employeeId, uploaderId: actor.employeeId, currentId: null });
    const created = await tx.qualificationRecord.create({
      data: { ...columns, employeeId: actor.employeeId, createdById: actor.employeeId, attachmentId },
      select: qualificationRecordSelect,
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "qualification.create",
      entity: "qualification_record",
      entityId: created.id,
      detail: { after: { ...qualificationAuditSnapshot(created), attachment: attachmentAuditSnapshot(file) } },
    });
    return toQualificationRecordView(created);
  });
}
