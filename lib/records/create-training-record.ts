import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { type AttachmentUpload, prepareAttachmentChange } from "./attachments/attachment-upload";
import { attachmentAuditSnapshot, applyAttachmentChange } from "./attachments/store-attachment";
import type { TrainingInput } from "./schemas";
import { toTrainingRecordView, trainingAuditSnapshot, type TrainingRecordView, trainingRecordSelect } from "./training-record-view";
import { trainingColumns } from "./write-training-record";

/**
 * Records a training the actor attended, with a certificate if one is given. Only the owner
 * writes their records, and what they write is a declaration until someone confirms it.
 * `client` is for tests on a database of their own.
 */
export async function createTrainingRecord(actor: Actor, input: TrainingInput & { attachment?: AttachmentUpload }, client: PrismaClient = defaultDb): Promise<TrainingRecordView> {
  const file = await prepareAttachmentChange(input.attachment);
  return client.$transaction(async (tx) => {
    const columns = await trainingColumns(tx, input);
    await assertYearOpen(tx, actor, columns.fiscalYear);
    const { attachmentId } = await applyAttachmentChange(tx, file, { holderId: actor.employeeId, uploaderId: actor.employeeId, currentId: null });
    const created = await tx.trainingRecord.create({
      data: { ...columns, employeeId: actor.employeeId, createdById: actor.employeeId, attachmentId },
      select: trainingRecordSelect,
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "training.create",
      entity: "training_record",
      entityId: created.id,
      detail: { after: { ...trainingAuditSnapshot(created), attachment: attachmentAuditSnapshot(file) } },
    });
    return toTrainingRecordView(created);
  });
}
