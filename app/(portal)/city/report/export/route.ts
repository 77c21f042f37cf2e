import { getActor } from "@/lib/auth/actor";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { fiscalYearParam } from "@/lib/dates/route-params";
import { answerExport, documentResponse, exportNotFound } from "@/lib/exports/export-response";
import { currentLocale } from "@/lib/i18n/current-locale";
import { exportHqReport } from "@/lib/report/export-hq-report";

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
    const { document, asciiName } = await exportHqReport(actor, { fiscalYear: parsed.success ? parsed.data : fiscalYearOf(tokyoDate()), dates: locale === "en" ? "ja" : locale });
    return documentResponse(document, asciiName);
  });
}
