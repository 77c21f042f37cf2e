import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { fromDateColumn } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { qualificationAuditSnapshot, qualificationRecordSelect, type QualificationRecordView, toQualificationRecordView } from "./qualification-record-view";
import type { QualificationInput } from "./schemas";
import { qualificationColumns } from "./write-qualification-record";

/** Records a qualification obtained or self-study done by the actor. */
export async function createQualificationRecord(actor: Actor, input: QualificationInput): Promise<QualificationRecordView> {
  return db.$transaction(async (tx) => {
    const columns = await qualificationColumns(tx, input);
    await assertYearOpen(tx, actor, fiscalYearOf(fromDateColumn(columns.obtainedOn)));
    const created = await tx.qualificationRecord.create({
      data: { ...columns, employeeId: actor.employeeId, createdById: actor.employeeId },
      select: qualificationRecordSelect,
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "qualification.create",
      entity: "qualification_record",
      entityId: created.id,
      detail: { after: qualificationAuditSnapshot(created) },
    });
    return toQualificationRecordView(created);
  });
}
