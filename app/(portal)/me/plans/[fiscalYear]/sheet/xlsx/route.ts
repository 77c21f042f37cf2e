import { getActor } from "@/lib/platform/auth/actor";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { answerExport, exportNotFound } from "@/lib/platform/exports/export-response";
import { planSheetLabels } from "@/lib/platform/i18n/plan-sheet-labels";
import { findOwnPlanSheet } from "@/lib/year/plan-sheet/get-plan-sheet";
import { sheetWorkbookResponse } from "@/lib/year/plan-sheet/sheet-workbook";

/** GET /me/plans/<fy>/sheet/xlsx: one's own sheet as an Excel workbook; a bare 404 without a plan. */
export async function GET(_request: Request, { params }: { params: Promise<{ fiscalYear: string }> }): Promise<Response> {
  return answerExport(async () => {
    const actor = await getActor();
    const fiscalYear = fiscalYearParam.safeParse((await params).fiscalYear);
    if (!actor || !fiscalYear.success) return exportNotFound();
    const sheet = await findOwnPlanSheet(actor, fiscalYear.data);
    return sheet ? sheetWorkbookResponse(sheet, await planSheetLabels(fiscalYear.data, actor.staffNumber), actor.employeeId) : exportNotFound();
  });
}
