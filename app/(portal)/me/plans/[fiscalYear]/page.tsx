import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { startPlanAction } from "@/lib/year/plans/own-plan-actions";
import { PlanSheetLink } from "@/components/plan-sheet/plan-sheet-link";
import { YearEndSection } from "@/components/year-end/year-end-section";
import { PlanChangesView } from "@/components/plans/plan-changes-view";
import { PlanReadView, READ_SECTIONS } from "@/components/plans/plan-read-view";
import { type PlanSection, PlanSectionNav } from "@/components/plans/plan-section-nav";
import { displayStateOf, PlanStateNotice } from "@/components/plans/plan-state-notice";
import { StateButton } from "@/components/plans/state-button";
import { ProxyEntryNotice } from "@/components/plans/proxy-entry-notice";
import { PlanStatusBadge } from "@/components/plans/status-badge";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findOwnPlan } from "@/lib/year/plans/get-plan-detail";
import { hasChanges } from "@/lib/year/plans/plan-changes";
import { canEditGoals, isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { getPlanYearEnd } from "@/lib/year/year-end/get-plan-year-end";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { UnitName } from "@/components/ui/unit-name";
import { localRoute } from "@/lib/platform/local-route";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

/**
 * The employee's plan of a year, to be read: its state and what to do next at the top, a table of
 * contents, then the plan. Changing it is an explicit step (「編集する」, the edit page), so an
 * approved plan never shows editable boxes; `?saved=1` is where a save on the edit page lands.
 */
export default async function OwnPlanPage({ params, searchParams }: { params: Promise<{ fiscalYear: string }>; searchParams: Promise<{ saved?: string }> }) {
  const parsed = fiscalYearParam.safeParse((await params).fiscalYear);
  if (!parsed.success) notFound();
  const fiscalYear = parsed.data;
  const actor = await requireActor();
  const [found, t, locale] = await Promise.all([findOwnPlan(actor, fiscalYear), getTranslations(), currentLocale()]);
  const current = fiscalYearOf(tokyoDate());
  const label = formatFiscalYear(fiscalYear, locale);
  const title = `${t("plans.sheetTitle")}　${label}`;

  if (!found) {
    if (fiscalYear !== current && fiscalYear !== current + 1) notFound();
    return (
      <>
        <Breadcrumbs menu="EMPLOYEE" crumbs={[{ label: title }]} />
        <PageHeader title={title}>
          <PlanStatusBadge status="NONE" />
        </PageHeader>
        <p className="mb-2 text-std-18B-160">{t("plans.noPlanYet", { fiscalYear: label })}</p>
        <p className="mb-6">{t("plans.noPlanLead")}</p>
        <form action={startPlanAction}>
          <input type="hidden" name="fiscalYear" value={fiscalYear} />
          <Button type="submit">{t("plans.start", { fiscalYear: label })}</Button>
        </form>
      </>
    );
  }

  const { plan, access } = found;
  const yearEnd = await getPlanYearEnd(actor, plan.id);
  const past = isPastFiscalYear(fiscalYear, current);
  const changesSubmitted = plan.changesSubmittedAt !== null;
  const editable = !past && canEditGoals(plan.status, changesSubmitted);
  const changed = plan.changes !== null && hasChanges(plan.changes);
  const hidden = { planId: plan.id, fiscalYear };
  const sections: PlanSection[] = [...(changed ? (["changes"] as const) : []), ...READ_SECTIONS];
  return (
    <>
      <Breadcrumbs menu="EMPLOYEE" crumbs={[{ label: title }]} />
      <PageHeader
        title={title}
        lead={
          <>
            {plan.employee.name}（<UnitName trail={plan.employee.unit.trail} />）
          </>
        }
      >
        <PlanStatusBadge status={displayStateOf(plan)} />
      </PageHeader>
      {past ? (
        <Notice tone="info" title={t("plans.readOnly")} />
      ) : (
        <>
          {plan.proxy && !plan.proxy.confirmedAt ? (
            // 代理入力 not yet confirmed: the member confirms it here, or corrects it (an edit confirms it too).
            <ProxyEntryNotice enteredBy={plan.proxy.enteredBy} fiscalYear={fiscalYear}>
              <StateButton action="confirmProxyEntry" hidden={hidden} version={plan.version} label={t("proxyEntry.confirm")} />
            </ProxyEntryNotice>
          ) : null}
          <PlanStateNotice plan={plan} saved={(await searchParams).saved === "1"} />
          <div className="print-hidden mb-8 flex flex-wrap items-start gap-4">
            {/* Always there in an open year: while the goals are under review the edit page says so and still takes the reflection. */}
            <Link
              href={`/me/plans/${fiscalYear}/edit`}
              className={`${buttonClass(editable && plan.status === "APPROVED" && !changed ? "primary" : "secondary")} no-underline`}
            >
              {t("planView.edit")}
            </Link>
            {plan.status === "DRAFT" || plan.status === "RETURNED" ? (
              <StateButton action="submitPlan" hidden={hidden} version={plan.version} label={t("plans.submit")} />
            ) : null}
            {plan.status === "SUBMITTED" ? (
              <StateButton action="withdrawPlan" hidden={hidden} version={plan.version} label={t("plans.withdraw")} variant="secondary" />
            ) : null}
            {plan.status === "APPROVED" && changed && !changesSubmitted ? (
              <StateButton action="submitChanges" hidden={hidden} version={plan.version} label={t("planView.submitChanges")} />
            ) : null}
            {changesSubmitted ? (
              <StateButton action="withdrawChanges" hidden={hidden} version={plan.version} label={t("planView.withdrawChanges")} variant="secondary" />
            ) : null}
          </div>
        </>
      )}
      <PlanSectionNav sections={sections} />
      {changed && plan.changes ? (
        <Section id="changes" title={t("planChanges.title")} lead={t("planChanges.ownerLead")}>
          <PlanChangesView changes={plan.changes} />
        </Section>
      ) : null}
      <PlanReadView plan={plan} access={access} locale={locale} commitmentHref={(id) => `/me/plans/${fiscalYear}/commitments/${id}`} />
      <YearEndSection yearEnd={yearEnd} entryHref={localRoute(`/me/plans/${fiscalYear}/year-end`)} />
      <PlanSheetLink href={`/me/plans/${fiscalYear}/sheet`} />
      <p className="print-hidden">
        <Link href="/me/plans">{t("plans.history")}</Link>
      </p>
    </>
  );
}
