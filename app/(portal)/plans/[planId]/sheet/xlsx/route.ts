import { getActor } from "@/lib/platform/auth/actor";
import { idParam } from "@/lib/platform/dates/route-params";
import { answerExport, exportNotFound } from "@/lib/platform/exports/export-response";
import { planSheetLabels } from "@/lib/platform/i18n/plan-sheet-labels";
import { getPlanSheet } from "@/lib/year/plan-sheet/get-plan-sheet";
import { sheetWorkbookResponse } from "@/lib/year/plan-sheet/sheet-workbook";

/** GET /plans/<id>/sheet/xlsx: the sheet as an Excel workbook, for whoever may read the plan; a bare 404 otherwise. */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string }> }): Promise<Response> {
  return answerExport(async () => {
    const actor = await getActor();
    const planId = idParam.safeParse((await params).planId);
    if (!actor || !planId.success) return exportNotFound();
    const sheet = await getPlanSheet(actor, planId.data);
    return sheetWorkbookResponse(sheet, await planSheetLabels(sheet.plan.fiscalYear, sheet.plan.employee.staffNumber), actor.employeeId);
  });
}
