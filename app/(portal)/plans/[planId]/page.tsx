import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PlanChangesView } from "@/components/plans/plan-changes-view";
import { PlanReadView, READ_SECTIONS } from "@/components/plans/plan-read-view";
import { type PlanSection, PlanSectionNav } from "@/components/plans/plan-section-nav";
import { displayStateOf } from "@/components/plans/plan-state-notice";
import { PreviousPlanSummary } from "@/components/plans/previous-plan-summary";
import { ReviewPanel } from "@/components/plans/review-panel";
import { PlanStatusBadge } from "@/components/plans/status-badge";
import { ProxyMark } from "@/components/plans/proxy-mark";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { PlanSheetLink } from "@/components/plan-sheet/plan-sheet-link";
import { YearEndSection } from "@/components/year-end/year-end-section";
import { Section } from "@/components/ui/section";
import { UnitName } from "@/components/ui/unit-name";
import { requireActor } from "@/lib/platform/auth/actor";
import { menuRoleOf } from "@/lib/platform/auth/roles";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { localRoute } from "@/lib/platform/local-route";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { hasChanges } from "@/lib/year/plans/plan-changes";
import { isProxyEditable } from "@/lib/year/plans/proxy-entry";
import { getPlanYearEnd } from "@/lib/year/year-end/get-plan-year-end";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

/**
 * Another person's plan, as their supervisor, bureau coordinator or HR reads it: what changed
 * since the last approval first (when anything did), the plan, last year's plan below it, and
 * for the supervisor the decision.
 */
export default async function PlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const planId = idParam.safeParse((await params).planId);
  if (!planId.success) notFound();
  const actor = await requireActor();
  const [{ plan, access, previous, reviewers, reviewYearClosed }, yearEnd, t, locale] = await Promise.all([
    loadOrNotFound(() => getPlanDetail(actor, planId.data, { withPrevious: true })),
    loadOrNotFound(() => getPlanYearEnd(actor, planId.data)),
    getTranslations(),
    currentLocale(),
  ]);
  if (access.reader === "OWNER") {
    // The owner edits their plan on their own page.
    redirect(`/me/plans/${plan.fiscalYear}`);
  }
  const label = formatFiscalYear(plan.fiscalYear, locale);
  const title = t("plans.ofEmployee", { name: plan.employee.name });
  const changesSubmitted = plan.changesSubmittedAt !== null;
  const changed = plan.changes !== null && hasChanges(plan.changes);
  const awaitingReview = plan.status === "SUBMITTED" || changesSubmitted;
  const sections: PlanSection[] = [
    ...(changed ? (["changes"] as const) : []),
    ...READ_SECTIONS,
    ...(previous ? (["previous"] as const) : []),
    ...(access.canReview ? (["review"] as const) : []),
  ];
  return (
    <>
      <Breadcrumbs menu={menuRoleOf(access.reader)} crumbs={[{ label: title }]} />
      <PageHeader
        title={title}
        lead={
          <>
            {label}　<UnitName trail={plan.employee.unit.trail} />・{plan.employee.rank}
          </>
        }
      >
        <PlanStatusBadge status={displayStateOf(plan)} />
      </PageHeader>
      {reviewers ? (
        <p className="mb-6 text-std-16N-170">
          {t("cycle.reviewedBy", { names: reviewers.names.join("・") || t("common.none"), unit: reviewers.unitName })}
          {reviewers.throughConcurrentPost ? `（${t("cycle.throughConcurrentPost")}）` : null}
          {access.onBehalfOf ? `　${t("cycle.youActFor", { name: access.onBehalfOf.name })}` : null}
        </p>
      ) : null}
      {plan.proxy ? <ProxyMark proxy={plan.proxy} locale={locale} /> : null}
      {access.canReview && isProxyEditable(plan.status) ? (
        // 代理入力: the reviewer types in the paper sheet of a member without a PC.
        <p className="print-hidden mb-6">
          <Link href={`/plans/${plan.id}/proxy`}>{t("proxyEntry.enterLink")}</Link>
        </p>
      ) : null}
      <PlanSectionNav sections={sections} />
      {changed && plan.changes ? (
        <Section id="changes" title={t("planChanges.title")} lead={changesSubmitted ? t("planChanges.reviewerLead") : t("planChanges.notSentLead")}>
          <PlanChangesView changes={plan.changes} />
        </Section>
      ) : null}
      <PlanReadView plan={plan} access={access} locale={locale} />
      <YearEndSection yearEnd={yearEnd} entryHref={localRoute(`/plans/${plan.id}/year-end`)} />
      <PlanSheetLink href={`/plans/${plan.id}/sheet`} />
      {previous ? (
        <PreviousPlanSummary plan={previous} title={t("plans.previousYear", { fiscalYear: formatFiscalYear(previous.fiscalYear, locale) })} />
      ) : (
        <p className="print-hidden mb-8">{t("plans.noPreviousYear")}</p>
      )}
      {reviewYearClosed ? <p className="print-hidden mb-8">{t("review.yearClosed", { fiscalYear: label })}</p> : null}
      {access.canReview ? (
        <Section id="review" title={changesSubmitted ? t("review.changesTitle") : t("review.title")} printHidden>
          <ReviewPanel
            action="reviewPlan"
            hidden={{ planId: plan.id, subject: changesSubmitted ? "changes" : "plan" }}
            version={plan.version}
            awaitingReview={awaitingReview}
          />
        </Section>
      ) : null}
    </>
  );
}
