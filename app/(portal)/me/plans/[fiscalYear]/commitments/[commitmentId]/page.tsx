import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitmentCard } from "@/components/plans/commitment-card";
import { CommitmentForm } from "@/components/plans/commitment-form";
import { DropCommitmentForm } from "@/components/plans/drop-commitment-form";
import { ProgressForm } from "@/components/plans/progress-form";
import { ProgressHistory } from "@/components/plans/progress-history";
import { Timeline } from "@/components/plans/timeline";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { getOwnCommitment } from "@/lib/year/commitments/get-own-commitment";
import { fromDateColumn, toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { fiscalYearParam, idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { canRecordProgress } from "@/lib/year/commitments/commitment-rules";
import { canEditGoals, isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { loadCommitmentOptions } from "../load-commitment-options";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("edit") };
}

export default async function CommitmentPage({ params }: { params: Promise<{ fiscalYear: string; commitmentId: string }> }) {
  const raw = await params;
  const fiscalYear = fiscalYearParam.safeParse(raw.fiscalYear);
  const commitmentId = idParam.safeParse(raw.commitmentId);
  if (!fiscalYear.success || !commitmentId.success) notFound();
  const actor = await requireActor();
  const [commitment, options, t, locale] = await Promise.all([
    loadOrNotFound(() => getOwnCommitment(actor, commitmentId.data)),
    loadCommitmentOptions(actor),
    getTranslations(),
    currentLocale(),
  ]);
  if (commitment.plan.fiscalYear !== fiscalYear.data) notFound();
  const label = formatFiscalYear(fiscalYear.data, locale);
  const today = tokyoDate();
  const past = isPastFiscalYear(fiscalYear.data, fiscalYearOf(today));
  const dropped = commitment.status === "DROPPED";
  const editable = !past && !dropped && canEditGoals(commitment.plan.status, commitment.plan.changesSubmittedAt !== null);
  // An approved plan's changed commitment waits for approval before it takes progress; the others go on.
  const progressOpen = !past && commitment.plan.status === "APPROVED" && canRecordProgress(commitment.status);
  return (
    <>
      <Breadcrumbs
        menu="EMPLOYEE"
        crumbs={[{ label: `${t("plans.sheetTitle")}　${label}`, href: `/me/plans/${fiscalYear.data}` }, { label: commitment.title }]}
      />
      <PageHeader title={commitment.title} lead={`${t("plans.sheetTitle")}　${label}`} />
      <div className="mb-10">
        <CommitmentCard commitment={commitment} locale={locale} inApprovedPlan={commitment.plan.status === "APPROVED"} />
      </div>

      <Section id="progress" title={t("commitments.recordProgress")}>
        {progressOpen ? (
          <ProgressForm
            action="recordOwnProgress"
            hidden={{ commitmentId: commitment.id, fiscalYear: fiscalYear.data }}
            version={commitment.version}
            today={toIsoDate(today)}
          />
        ) : (
          <Notice
            tone="info"
            title={commitment.plan.status === "APPROVED" ? t("commitments.progressAfterChangeApproved") : t("commitments.progressOnlyApproved")}
          />
        )}
        <h3 className="mt-8 mb-3 text-std-20B-160">{t("commitments.progressHistory")}</h3>
        <ProgressHistory entries={commitment.progress} locale={locale} />
      </Section>

      {editable ? (
        <Section id="edit" title={t("commitments.edit")}>
          <CommitmentForm
            notice={commitment.plan.status === "APPROVED" ? t("planView.changeGoesToSupervisor") : undefined}
            action="updateOwnCommitment"
            hidden={{ planId: commitment.plan.id, fiscalYear: fiscalYear.data }}
            fiscalYearLabel={label}
            commitment={{ id: commitment.id, version: commitment.version }}
            values={{
              title: commitment.title,
              description: commitment.description,
              measureId: commitment.measureId,
              focusThemeId: commitment.focusThemeId,
              targetImageId: commitment.targetImageId,
              targetText: commitment.targetText,
              targetValue: commitment.targetValue?.toString() ?? "",
              targetUnit: commitment.targetUnit,
              dueOn: commitment.dueOn ? toIsoDate(fromDateColumn(commitment.dueOn)) : "",
            }}
            {...options}
          />
          <div className="mt-10 border-t border-solid-gray-420 pt-6">
            <DropCommitmentForm action="dropOwnCommitment" hidden={{ commitmentId: commitment.id, fiscalYear: fiscalYear.data }} version={commitment.version} />
          </div>
        </Section>
      ) : null}

      <Section id="timeline" title={t("plans.timeline")}>
        <Timeline events={commitment.events} locale={locale} />
      </Section>
      <p>
        <Link href={`/me/plans/${fiscalYear.data}`}>{t("plans.backToPlan")}</Link>
      </p>
    </>
  );
}
