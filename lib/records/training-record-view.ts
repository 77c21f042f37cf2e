import { type CalendarDate, fromDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import type { TrainingKind } from "@/lib/generated/prisma/enums";
import { attachmentSelect, type AttachmentView } from "./attachments/attachment-view";
import { type LinkedMeasure, linkedMeasureSelect, toLinkedMeasure } from "@/lib/policy/linked-measure";
import { toVerificationView, verificationSelect, type VerificationView } from "./verification-view";

/** What a training record shows: its owner's fields, nothing about who keyed it in. */
export const trainingRecordSelect = {
  id: true,
  fiscalYear: true,
  programmeName: true,
  kind: true,
  startOn: true,
  endOn: true,
  hours: true,
  completed: true,
  measureId: true,
  version: true,
  measure: linkedMeasureSelect,
  ...verificationSelect,
  attachment: attachmentSelect,
} as const;

interface TrainingRecordRow {
  id: number;
  fiscalYear: number;
  programmeName: string;
  kind: TrainingKind;
  startOn: Date;
  endOn: Date;
  hours: { toNumber(): number } | number;
  completed: boolean;
  measureId: number | null;
  version: number;
  measure: { id: number; number: number; name: string; area: { number: number } } | null;
  verifiedAt: Date | null;
  verifiedBy: { name: string } | null;
  attachment: AttachmentView | null;
}

export interface TrainingRecordView {
  id: number;
  fiscalYear: number;
  programmeName: string;
  kind: TrainingKind;
  startOn: CalendarDate;
  endOn: CalendarDate;
  hours: number;
  completed: boolean;
  version: number;
  measure: LinkedMeasure | null;
  /** null: declared by the employee, not confirmed yet */
  verification: VerificationView | null;
  attachment: AttachmentView | null;
}

export function toTrainingRecordView(row: TrainingRecordRow): TrainingRecordView {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    programmeName: row.programmeName,
    kind: row.kind,
    startOn: fromDateColumn(row.startOn),
    endOn: fromDateColumn(row.endOn),
    hours: Number(row.hours),
    completed: row.completed,
    version: row.version,
    measure: toLinkedMeasure(row.measure),
    verification: toVerificationView(row),
    attachment: row.attachment,
  };
}

/** The audited picture of a record: plain JSON, dates as yyyy-mm-dd. */
export function trainingAuditSnapshot(
  row: Pick<TrainingRecordRow, "fiscalYear" | "programmeName" | "kind" | "startOn" | "endOn" | "hours" | "completed" | "measureId">,
) {
  return {
    fiscalYear: row.fiscalYear,
    programmeName: row.programmeName,
    kind: row.kind,
    startOn: toIsoDate(fromDateColumn(row.startOn)),
    endOn: toIsoDate(fromDateColumn(row.endOn)),
    hours: Number(row.hours),
    completed: row.completed,
    measureId: row.measureId,
  };
}
