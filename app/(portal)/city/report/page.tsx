import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { BureauComparisonSection } from "@/components/report/bureau-comparison-section";
import { FindingsSection } from "@/components/report/findings-section";
import { MeasureStateSection } from "@/components/report/measure-state-section";
import { PrintButton } from "@/components/report/print-button";
import { ReportCover } from "@/components/report/report-cover";
import { FileDownloads } from "@/components/ui/file-downloads";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { getHqReport } from "@/lib/insight/hq-report/get-hq-report";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hqReport"))("title") };
}

/** The years offered in the picker; a bookmarked `?fy=` outside them still opens. */
const YEARS_BACK = 5;

/**
 * 人材育成推進本部報告: one fiscal year on A4 from the browser's print dialog, or as an Excel
 * workbook of the same sections for the meeting papers (/city/report/export). Only the HR
 * division and the headquarters read it; everyone else gets a 404 from getHqReport.
 */
export default async function HqReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const current = fiscalYearOf(tokyoDate());
  const parsed = fiscalYearParam.safeParse((await searchParams).fy);
  const fiscalYear = parsed.success ? parsed.data : current;
  const [report, t, locale] = await Promise.all([loadOrNotFound(() => getHqReport(actor, { fiscalYear })), getTranslations("hqReport"), currentLocale()]);
  const years = [...new Set([fiscalYear, ...Array.from({ length: YEARS_BACK }, (_, i) => current - i)])].sort((a, b) => b - a);
  return (
    <article className="hq-report">
      <div className="print-hidden mb-8 flex flex-wrap items-end justify-between gap-4">
        <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
        <div className="flex flex-col items-end gap-1">
          <PrintButton label={t("print")} />
          <p className="lead">{t("printHint")}</p>
          <FileDownloads label={t("downloadLabel")} files={[{ href: `/city/report/export?fy=${fiscalYear}`, label: t("download") }]} />
        </div>
      </div>
      <ReportCover fiscalYear={fiscalYear} promotionPlan={report.promotionPlan} issuedOn={report.issuedOn} locale={locale} />
      <MeasureStateSection areas={report.areas} locale={locale} />
      <BureauComparisonSection comparison={report.comparison} year={formatFiscalYear(fiscalYear, locale)} />
      <FindingsSection findings={report.findings} locale={locale} />
    </article>
  );
}
