import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { assertUpdated, notFound } from "@/lib/errors";
import { attachmentAuditSnapshot, deleteAttachment } from "./attachments/store-attachment";
import { assertRecordRef } from "./record-ref";
import { trainingAuditSnapshot, trainingRecordSelect } from "./training-record-view";

/** Removes one of the actor's own training records, and its certificate, if it is still the version they saw. */
export async function deleteTrainingRecord(actor: Actor, id: number, version: number): Promise<void> {
  assertRecordRef(id, version);
  await db.$transaction(async (tx) => {
    const own = { id, employeeId: actor.employeeId };
    const before = await tx.trainingRecord.findFirst({ where: own, select: trainingRecordSelect });
    if (!before) throw notFound("training record");
    await assertYearOpen(tx, actor, before.fiscalYear);
    assertUpdated(await tx.trainingRecord.deleteMany({ where: { ...own, version } }), "training record");
    await deleteAttachment(tx, before.attachment?.id ?? null);
    // The audit row keeps what was deleted, since the record itself is gone.
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "training.delete",
      entity: "training_record",
      entityId: id,
      detail: {
        before: { ...trainingAuditSnapshot(before), version: before.version, verifiedAt: before.verifiedAt?.toISOString() ?? null, attachment: attachmentAuditSnapshot(before.attachment) },
      },
    });
  });
}
