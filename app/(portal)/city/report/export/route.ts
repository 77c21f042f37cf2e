import { getActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { answerExport, documentResponse, exportNotFound } from "@/lib/platform/exports/export-response";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { exportHqReport } from "@/lib/insight/hq-report/export-hq-report";

/** GET /city/report/export?fy= — the headquarters report as an Excel workbook (the page's sections, one sheet each). */
export async function GET(request: Request): Promise<Response> {
  return answerExport(async () => {
    const actor = await getActor();
    if (!actor) return exportNotFound();
    const fy = new URL(request.url).searchParams.get("fy");
    const parsed = fiscalYearParam.safeParse(fy ?? undefined);
    if (fy !== null && !parsed.success) return exportNotFound();
    // The workbook is in Japanese like every export; only the calendar of its dates follows the reader.
    const locale = await currentLocale();
    const { document, asciiName } = await exportHqReport(actor, {
      fiscalYear: parsed.success ? parsed.data : fiscalYearOf(tokyoDate()),
      dates: locale === "en" ? "ja" : locale,
    });
    return documentResponse(document, asciiName);
  });
}
