import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OjtCoverageCards } from "@/components/ojt/ojt-coverage-cards";
import { OjtOverviewTable } from "@/components/ojt/ojt-overview-table";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { grantsOf } from "@/lib/auth/roles";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadOrNotFound } from "@/lib/load-or-not-found";
import { findOjtOverview } from "@/lib/ojt/find-ojt-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ojt"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Plans are made for this year or the next (in March); earlier years are looked back on. */
function yearsOffered(current: number): number[] {
  return [current + 1, current, current - 1, current - 2, current - 3];
}

/** `?fy=` if offered, else the current year: an odd link still opens the page. */
function chosenFiscalYear(value: SearchParams[string], current: number): number {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : current;
  return yearsOffered(current).includes(year) ? year : current;
}

/** The supervisor's OJT for young staff: coverage, then every young member with their plan. */
export default async function TeamOjtPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const current = fiscalYearOf(tokyoDate());
  const fiscalYear = chosenFiscalYear(params.fy, current);
  const [overview, t, locale] = await Promise.all([loadOrNotFound(() => findOjtOverview(actor, fiscalYear)), getTranslations("ojt"), currentLocale()]);
  const units = grantsOf(actor, "SUPERVISOR")
    .map((grant) => grant.unitName)
    .filter(Boolean)
    .join("・");
  const fiscalYearLabel = formatFiscalYear(fiscalYear, locale);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { units, years: overview.youngStaffYears, fiscalYear: fiscalYearLabel })}>
        <FiscalYearPicker years={yearsOffered(current)} selected={fiscalYear} locale={locale} />
      </PageHeader>
      <Section id="coverage" title={t("coverage.title", { fiscalYear: fiscalYearLabel })}>
        <OjtCoverageCards overview={overview} />
      </Section>
      <Section id="members" title={t("table.caption")} lead={overview.members.length > 0 ? t("table.lead") : undefined}>
        {overview.members.length === 0 ? (
          <p>{t("empty", { years: overview.youngStaffYears })}</p>
        ) : (
          <OjtOverviewTable overview={overview} canCreate={fiscalYear === current || fiscalYear === current + 1} locale={locale} />
        )}
      </Section>
    </>
  );
}
