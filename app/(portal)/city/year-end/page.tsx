import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { BureauRatingTable } from "@/components/year-end/bureau-rating-table";
import { requireActor } from "@/lib/platform/auth/actor";
import { offeredYears } from "@/lib/insight/dashboards/city-filters";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findBureauRatingDistribution } from "@/lib/year/year-end/rating-distribution";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("yearEnd"))("cityTitle") };
}

/** How a fiscal year ended across the city: 達成度 per bureau. The HR division and the headquarters; 404 to anyone else. */
export default async function CityYearEndPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const current = fiscalYearOf(tokyoDate());
  const parsed = fiscalYearParam.safeParse(params.fy);
  const fiscalYear = parsed.success ? parsed.data : current;
  const [distribution, t, locale] = await Promise.all([
    loadOrNotFound(() => findBureauRatingDistribution(actor, fiscalYear)),
    getTranslations("yearEnd"),
    currentLocale(),
  ]);
  const years = [...new Set([fiscalYear, ...offeredYears(current)])].sort((a, b) => b - a);
  const label = formatFiscalYear(fiscalYear, locale);
  return (
    <>
      <PageHeader title={t("cityTitle")} lead={t("cityLead")} />
      <div className="mb-8">
        <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
      </div>
      <Section id="bureaus" title={t("perBureau", { fiscalYear: label })} lead={t("perBureauLead")}>
        <BureauRatingTable distribution={distribution} caption={t("perBureau", { fiscalYear: label })} locale={locale} />
      </Section>
    </>
  );
}
