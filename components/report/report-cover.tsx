import { getTranslations } from "next-intl/server";
import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { HqReport } from "@/lib/insight/hq-report/get-hq-report";

/** The report's first page: what it is, for which year and plan, and when it was issued. */
export async function ReportCover({
  fiscalYear,
  promotionPlan,
  issuedOn,
  locale,
}: {
  fiscalYear: number;
  promotionPlan: HqReport["promotionPlan"];
  issuedOn: CalendarDate;
  locale: Locale;
}) {
  const t = await getTranslations("hqReport");
  const plan = promotionPlan
    ? t("promotionPlanValue", {
        phase: promotionPlan.phase,
        name: promotionPlan.name,
        from: formatFiscalYear(promotionPlan.startFiscalYear, locale),
        to: formatFiscalYear(promotionPlan.endFiscalYear, locale),
      })
    : t("noPromotionPlan");
  const rows: [string, string][] = [
    [t("fiscalYear"), formatFiscalYear(fiscalYear, locale)],
    [t("promotionPlan"), plan],
    [t("issuedOn"), formatDate(issuedOn, locale)],
  ];
  return (
    <header className="report-cover mb-10 border-b-2 border-solid-gray-900 pb-6">
      <h1 className="mb-6 text-std-32B-150 text-solid-gray-900">{t("title")}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-std-18N-160">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
