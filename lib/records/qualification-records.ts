import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { invalidInput } from "@/lib/platform/errors";
import { findSelfStudyMeasureId, isSelectableMeasure } from "@/lib/policy/find-selectable-measures";
import type { AttachmentChange, AttachmentUpload } from "./attachments/attachment-upload";
import { ownRecordKind, ownRecordWrites, type Tx } from "./own-record-writes";
import { parseInput } from "./parse-input";
import { qualificationAuditSnapshot, qualificationRecordSelect, type QualificationRecordView, toQualificationRecordView } from "./qualification-record-view";
import { type QualificationInput, qualificationInputSchema } from "./schemas";

/**
 * A qualification obtained or self-study done, in the fiscal year of the day it was obtained.
 * Without a chosen measure the record links to ⑤職員の自己啓発支援, the measure the policy files
 * qualifications and self-study under.
 */
const QUALIFICATION = ownRecordKind({
  area: "qualification",
  entity: "qualification_record",
  noun: "qualification record",
  async columns(tx: Tx, input: QualificationInput) {
    const data = parseInput(qualificationInputSchema, input);
    const measureId = data.measureId ?? (await findSelfStudyMeasureId());
    if (measureId !== null && !(await isSelectableMeasure(tx, measureId))) throw invalidInput("measureId", "unknownMeasure");
    return {
      name: data.name,
      obtainedOn: toDateColumn(parseIsoDate(data.obtainedOn)),
      expiresOn: data.expiresOn ? toDateColumn(parseIsoDate(data.expiresOn)) : null,
      measureId,
      note: data.note,
    };
  },
  fiscalYear: (fields: Parameters<typeof qualificationAuditSnapshot>[0]) => fiscalYearOf(fromDateColumn(fields.obtainedOn)),
  snapshot: qualificationAuditSnapshot,
  find: (tx, where) => tx.qualificationRecord.findFirst({ where, select: qualificationRecordSelect }),
  create: (tx, data) => tx.qualificationRecord.create({ data, select: qualificationRecordSelect }),
  update: (tx, where, data) => tx.qualificationRecord.updateMany({ where, data }),
  remove: (tx, where) => tx.qualificationRecord.deleteMany({ where }),
  toView: toQualificationRecordView,
});
const writes = ownRecordWrites(QUALIFICATION);

/** One of the actor's own qualifications, to edit; anyone else's is NOT_FOUND. */
export function findOwnQualificationRecord(actor: Actor, id: number): Promise<QualificationRecordView> {
  return writes.find(actor, id);
}

export function createQualificationRecord(actor: Actor, input: QualificationInput & { attachment?: AttachmentUpload }): Promise<QualificationRecordView> {
  return writes.create(actor, input);
}

export function updateQualificationRecord(
  actor: Actor,
  id: number,
  version: number,
  input: QualificationInput & { attachment?: AttachmentChange },
): Promise<QualificationRecordView> {
  return writes.update(actor, { id, version }, input);
}

export function deleteQualificationRecord(actor: Actor, id: number, version: number): Promise<void> {
  return writes.remove(actor, { id, version });
}
