import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { fromDateColumn } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { assertUpdated, notFound } from "@/lib/errors";
import { attachmentAuditSnapshot, deleteAttachment } from "./attachments/store-attachment";
import { qualificationAuditSnapshot, qualificationRecordSelect } from "./qualification-record-view";
import { assertRecordRef } from "./record-ref";

/** Removes one of the actor's own qualification records, and its certificate, if it is still the version they saw. */
export async function deleteQualificationRecord(actor: Actor, id: number, version: number): Promise<void> {
  assertRecordRef(id, version);
  await db.$transaction(async (tx) => {
    const own = { id, employeeId: actor.employeeId };
    const before = await tx.qualificationRecord.findFirst({ where: own, select: qualificationRecordSelect });
    if (!before) throw notFound("qualification record");
    await assertYearOpen(tx, actor, fiscalYearOf(fromDateColumn(before.obtainedOn)));
    assertUpdated(await tx.qualificationRecord.deleteMany({ where: { ...own, version } }), "qualification record");
    await deleteAttachment(tx, before.attachment?.id ?? null);
    // The audit row keeps what was deleted, since the record itself is gone.
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "qualification.delete",
      entity: "qualification_record",
      entityId: id,
      detail: {
        before: { ...qualificationAuditSnapshot(before), version: before.version, verifiedAt: before.verifiedAt?.toISOString() ?? null, attachment: attachmentAuditSnapshot(before.attachment) },
      },
    });
  });
}
