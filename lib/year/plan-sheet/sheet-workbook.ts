import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { db } from "@/lib/platform/db/client";
import { exportResponse } from "@/lib/platform/exports/export-response";
import type { PlanSheet } from "./get-plan-sheet";
import { planSheetTables, type SheetLabels } from "./plan-sheet-tables";

/**
 * A sheet already read through getPlanSheet or findOwnPlanSheet (which decided who may) as an
 * Excel workbook download, two worksheets; audited, as every export is: a copy leaves the portal.
 */
export async function sheetWorkbookResponse(sheet: PlanSheet, labels: SheetLabels, readerId: number): Promise<Response> {
  const { plan } = sheet;
  const [fields, commitments] = planSheetTables(sheet, labels);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: readerId,
      action: "export.plan-sheet",
      entity: "development_plan",
      entityId: plan.id,
      detail: { format: "xlsx", as: sheet.access.reader },
    }),
  );
  return exportResponse(fields, "xlsx", `career-design-sheet-${plan.fiscalYear}-${plan.employee.staffNumber}`, [commitments]);
}
