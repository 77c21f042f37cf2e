import { type CalendarDate, fromDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { attachmentSelect, type AttachmentView } from "./attachments/attachment-view";
import { type LinkedMeasure, linkedMeasureSelect, toLinkedMeasure } from "@/lib/policy/linked-measure";
import { toVerificationView, verificationSelect, type VerificationView } from "./verification-view";

export const qualificationRecordSelect = {
  id: true,
  name: true,
  obtainedOn: true,
  expiresOn: true,
  measureId: true,
  note: true,
  version: true,
  measure: linkedMeasureSelect,
  ...verificationSelect,
  attachment: attachmentSelect,
} as const;

interface QualificationRecordRow {
  id: number;
  name: string;
  obtainedOn: Date;
  expiresOn: Date | null;
  measureId: number | null;
  note: string;
  version: number;
  measure: { id: number; number: number; name: string; area: { number: number } } | null;
  verifiedAt: Date | null;
  verifiedBy: { name: string } | null;
  attachment: AttachmentView | null;
}

export interface QualificationRecordView {
  id: number;
  name: string;
  obtainedOn: CalendarDate;
  expiresOn: CalendarDate | null;
  note: string;
  version: number;
  measure: LinkedMeasure | null;
  /** null: declared by the employee, not confirmed yet */
  verification: VerificationView | null;
  attachment: AttachmentView | null;
}

export function toQualificationRecordView(row: QualificationRecordRow): QualificationRecordView {
  return {
    id: row.id,
    name: row.name,
    obtainedOn: fromDateColumn(row.obtainedOn),
    expiresOn: row.expiresOn ? fromDateColumn(row.expiresOn) : null,
    note: row.note,
    version: row.version,
    measure: toLinkedMeasure(row.measure),
    verification: toVerificationView(row),
    attachment: row.attachment,
  };
}

export function qualificationAuditSnapshot(row: Pick<QualificationRecordRow, "name" | "obtainedOn" | "expiresOn" | "measureId" | "note">) {
  return {
    name: row.name,
    obtainedOn: toIsoDate(fromDateColumn(row.obtainedOn)),
    expiresOn: row.expiresOn ? toIsoDate(fromDateColumn(row.expiresOn)) : null,
    measureId: row.measureId,
    note: row.note,
  };
}
