import { fromDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import type { ExportTable } from "@/lib/platform/exports/csv";
import type { CommitmentStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import type { PlanSheet } from "./get-plan-sheet";

/** The words of the workbook, from the message catalogue (the route translates them). */
export interface SheetLabels {
  title: string;
  item: string;
  content: string;
  fiscalYear: string;
  name: string;
  staffNumber: string;
  unit: string;
  rank: string;
  status: string;
  visionNow: string;
  vision3Years: string;
  vision10Years: string;
  transferWish: string;
  reflection: string;
  commitments: string;
  commitmentColumns: readonly [string, string, string, string, string, string, string, string, string];
  planStatusOf: (status: PlanStatus) => string;
  commitmentStatusOf: (status: CommitmentStatus) => string;
  yearLabel: string;
}

/**
 * The plan as two worksheets: the sheet's fields (項目・内容) and its commitments, one row each,
 * with the same columns as the printed sheet. Transfer wishes only when the reader may see them.
 */
export function planSheetTables(sheet: PlanSheet, labels: SheetLabels): [ExportTable, ExportTable] {
  const { plan } = sheet;
  const fields: [string, string][] = [
    [labels.fiscalYear, labels.yearLabel],
    [labels.name, plan.employee.name],
    [labels.staffNumber, plan.employee.staffNumber],
    [labels.unit, plan.employee.unit.trail.length > 0 ? plan.employee.unit.trail.join(" › ") : plan.employee.unit.name],
    [labels.rank, plan.employee.rank],
    [labels.status, labels.planStatusOf(plan.status)],
    [labels.visionNow, plan.visionNow],
    [labels.vision3Years, plan.vision3Years],
    [labels.vision10Years, plan.vision10Years],
    ...(plan.transferWishFields === null
      ? []
      : ([[labels.transferWish, [plan.transferWishFields, plan.transferWishComment].filter(Boolean).join("／")]] as [string, string][])),
    [labels.reflection, plan.reflection],
  ];
  const commitments = plan.commitments
    .filter((commitment) => commitment.status !== "DROPPED")
    .map((commitment, index) => {
      const target = commitment.targetValue === null ? commitment.targetText : `${commitment.targetValue.toString()} ${commitment.targetUnit}`.trim();
      const rating = sheet.ratings[commitment.id];
      return [
        index + 1,
        `${commitment.measure.number} ${commitment.measure.name}`,
        commitment.title,
        target,
        commitment.dueOn ? toIsoDate(fromDateColumn(commitment.dueOn)) : "",
        labels.commitmentStatusOf(commitment.status),
        commitment.progressPercent,
        rating?.rating ?? "",
        rating?.supervisorComment ?? "",
      ];
    });
  return [
    { title: labels.title, header: [labels.item, labels.content], rows: fields },
    { title: labels.commitments, header: [...labels.commitmentColumns], rows: commitments },
  ];
}
