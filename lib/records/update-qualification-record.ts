import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { fromDateColumn } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { assertUpdated, notFound } from "@/lib/errors";
import { qualificationAuditSnapshot, qualificationRecordSelect, type QualificationRecordView, toQualificationRecordView } from "./qualification-record-view";
import { assertRecordRef } from "./record-ref";
import type { QualificationInput } from "./schemas";
import { qualificationColumns } from "./write-qualification-record";

/** Changes one of the actor's own qualification records (NOT_FOUND for anyone else's; CONFLICT if stale). */
export async function updateQualificationRecord(actor: Actor, id: number, version: number, input: QualificationInput): Promise<QualificationRecordView> {
  assertRecordRef(id, version);
  return db.$transaction(async (tx) => {
    const own = { id, employeeId: actor.employeeId };
    const before = await tx.qualificationRecord.findFirst({ where: own, select: qualificationRecordSelect });
    if (!before) throw notFound("qualification record");
    const columns = await qualificationColumns(tx, input);
    await assertYearOpen(tx, actor, fiscalYearOf(fromDateColumn(before.obtainedOn)));
    await assertYearOpen(tx, actor, fiscalYearOf(fromDateColumn(columns.obtainedOn)));
    assertUpdated(await tx.qualificationRecord.updateMany({ where: { ...own, version }, data: { ...columns, version: { increment: 1 } } }), "qualification record");
    const after = await tx.qualificationRecord.findFirstOrThrow({ where: own, select: qualificationRecordSelect });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "qualification.update",
      entity: "qualification_record",
      entityId: id,
      detail: { before: qualificationAuditSnapshot(before), after: qualificationAuditSnapshot(after) },
    });
    return toQualificationRecordView(after);
  });
}
