import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { YearEndEntries } from "@/components/year-end/year-end-entries";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { getPlanYearEnd, yearEndEntry } from "@/lib/year/year-end/get-plan-year-end";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("yearEnd"))("title") };
}

/**
 * 期末: the supervisor who reviews a member's plan comments on each commitment the member has
 * rated. Anyone else, a plan that takes no comment (a closed year) and one with nothing rated yet
 * get not found, as lib/year/year-end refuses the comment itself.
 */
export default async function CommentOnRatingsPage({ params }: { params: Promise<{ planId: string }> }) {
  const planId = idParam.safeParse((await params).planId);
  if (!planId.success) notFound();
  const actor = await requireActor();
  const [{ plan }, yearEnd, t, locale] = await Promise.all([
    loadOrNotFound(() => getPlanDetail(actor, planId.data)),
    loadOrNotFound(() => getPlanYearEnd(actor, planId.data)),
    getTranslations(),
    currentLocale(),
  ]);
  if (yearEndEntry(yearEnd) !== "comment") notFound();
  const planHref = `/plans/${plan.id}` as const;
  const title = t("yearEnd.commentPageTitle", { name: plan.employee.name });
  return (
    <>
      <Breadcrumbs menu="SUPERVISOR" crumbs={[{ label: t("plans.ofEmployee", { name: plan.employee.name }), href: planHref }, { label: t("yearEnd.title") }]} />
      <PageHeader title={title} lead={`${t("plans.sheetTitle")}　${formatFiscalYear(plan.fiscalYear, locale)}`} />
      <p className="mb-6 max-w-3xl">{t("yearEnd.commentPageLead")}</p>
      <YearEndEntries yearEnd={yearEnd} />
      <p className="print-hidden mt-8">
        <Link href={planHref}>{t("yearEnd.backToPlan")}</Link>
      </p>
    </>
  );
}
