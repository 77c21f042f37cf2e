import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitmentForm, EMPTY_COMMITMENT } from "@/components/plans/commitment-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findOwnPlan } from "@/lib/year/plans/get-plan-detail";
import { canEditGoals, isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { loadCommitmentOptions } from "../load-commitment-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("new") };
}

export default async function NewCommitmentPage({ params }: { params: Promise<{ fiscalYear: string }> }) {
  const parsed = fiscalYearParam.safeParse((await params).fiscalYear);
  if (!parsed.success) notFound();
  const fiscalYear = parsed.data;
  const actor = await requireActor();
  const [found, options, t, locale] = await Promise.all([findOwnPlan(actor, fiscalYear), loadCommitmentOptions(actor), getTranslations(), currentLocale()]);
  if (!found || !canEditGoals(found.plan.status, found.plan.changesSubmittedAt !== null) || isPastFiscalYear(fiscalYear, fiscalYearOf(tokyoDate()))) notFound();
  const label = formatFiscalYear(fiscalYear, locale);
  return (
    <>
      <PageHeader title={t("commitments.new")} lead={`${t("plans.sheetTitle")}　${label}`} />
      <CommitmentForm
        notice={found.plan.status === "APPROVED" ? t("planView.changeGoesToSupervisor") : undefined}
        action="addOwnCommitment"
        hidden={{ planId: found.plan.id, fiscalYear }}
        fiscalYearLabel={label}
        values={EMPTY_COMMITMENT}
        {...options}
      />
      <p className="mt-8">
        <Link href={`/me/plans/${fiscalYear}`}>{t("plans.backToPlan")}</Link>
      </p>
    </>
  );
}
