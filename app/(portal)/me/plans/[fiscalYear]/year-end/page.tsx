import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { YearEndEntries } from "@/components/year-end/year-end-entries";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findOwnPlan } from "@/lib/year/plans/get-plan-detail";
import { getPlanYearEnd, yearEndEntry } from "@/lib/year/year-end/get-plan-year-end";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("yearEnd"))("ratePageTitle") };
}

/**
 * 期末: the employee rates each agreed commitment of their plan of a year, on the HR division's
 * scale. Its own page, as editing the plan is; a year that takes no rating (closed, or no agreed
 * commitment) has none to show.
 */
export default async function RateOwnPlanPage({ params }: { params: Promise<{ fiscalYear: string }> }) {
  const parsed = fiscalYearParam.safeParse((await params).fiscalYear);
  if (!parsed.success) notFound();
  const fiscalYear = parsed.data;
  const actor = await requireActor();
  const [found, t, locale] = await Promise.all([findOwnPlan(actor, fiscalYear), getTranslations(), currentLocale()]);
  if (!found) notFound();
  const yearEnd = await getPlanYearEnd(actor, found.plan.id);
  if (yearEndEntry(yearEnd) !== "rate") notFound();
  const planHref = `/me/plans/${fiscalYear}` as const;
  const sheet = `${t("plans.sheetTitle")}　${formatFiscalYear(fiscalYear, locale)}`;
  return (
    <>
      <Breadcrumbs menu="EMPLOYEE" crumbs={[{ label: sheet, href: planHref }, { label: t("yearEnd.ratePageTitle") }]} />
      <PageHeader title={t("yearEnd.ratePageTitle")} lead={sheet} />
      <p className="mb-6 max-w-3xl">{t("yearEnd.ratePageLead")}</p>
      <YearEndEntries yearEnd={yearEnd} />
      <p className="print-hidden mt-8">
        <Link href={planHref}>{t("yearEnd.backToPlan")}</Link>
      </p>
    </>
  );
}
