import { type CalendarDate, fromDateColumn, toIsoDate } from "@/lib/dates/calendar-date";
import { type LinkedMeasure, linkedMeasureSelect, toLinkedMeasure } from "./measure-label";

export const qualificationRecordSelect = {
  id: true,
  name: true,
  obtainedOn: true,
  expiresOn: true,
  measureId: true,
  note: true,
  version: true,
  measure: linkedMeasureSelect,
} as const;

interface QualificationRecordRow {
  id: number;
  name: string;
  obtainedOn: Date;
  expiresOn: Date | null;
  measureId: number | null;
  note: string;
  version: number;
  measure: { id: number; number: number; name: string } | null;
}

export interface QualificationRecordView {
  id: number;
  name: string;
  obtainedOn: CalendarDate;
  expiresOn: CalendarDate | null;
  note: string;
  version: number;
  measure: LinkedMeasure | null;
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
  };
}

export function qualificationAuditSnapshot(row: Omit<QualificationRecordRow, "id" | "version" | "measure">) {
  return {
    name: row.name,
    obtainedOn: toIsoDate(fromDateColumn(row.obtainedOn)),
    expiresOn: row.expiresOn ? toIsoDate(fromDateColumn(row.expiresOn)) : null,
    measureId: row.measureId,
    note: row.note,
  };
}
