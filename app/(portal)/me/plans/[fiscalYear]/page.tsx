import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { startPlanAction } from "@/lib/plans/own-plan-actions";
import { PlanSheetLink } from "@/components/plan-sheet/plan-sheet-link";
import { YearEndSlot } from "@/components/year-end/year-end-slot";
import { CommitmentCard } from "@/components/plans/commitment-card";
import { PlanContentForm } from "@/components/plans/plan-content-form";
import { PlanReadView } from "@/components/plans/plan-read-view";
import { StateButton } from "@/components/plans/state-button";
import { ReflectionForm } from "@/components/plans/reflection-form";
import { PlanStatusBadge } from "@/components/plans/status-badge";
import { Timeline } from "@/components/plans/timeline";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/dates/format";
import { fiscalYearParam } from "@/lib/dates/route-params";
import { currentLocale } from "@/lib/i18n/current-locale";
import { findOwnPlan } from "@/lib/plans/get-plan-detail";
import { canEditGoals, isPastFiscalYear } from "@/lib/plans/plan-rules";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { UnitName } from "@/components/ui/unit-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function OwnPlanPage({ params, searchParams }: { params: Promise<{ fiscalYear: string }>; searchParams: Promise<{ edit?: string }> }) {
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
  const past = isPastFiscalYear(fiscalYear, current);
  const editable = !past && canEditGoals(plan.status);
  // A plan being written (draft, returned) opens on its form; an approved plan is read, and its
  // form (which reopens it for approval) comes on an explicit request: the form alone with every
  // target image's choices was half the page's weight, for a change made a few times a year.
  const editing = editable && (plan.status !== "APPROVED" || (await searchParams).edit === "content");
  const lastReturn = [...plan.events].reverse().find((event) => event.action === "RETURN");
  const live = plan.commitments.filter((commitment) => commitment.status !== "DROPPED");
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
        <PlanStatusBadge status={plan.status} />
      </PageHeader>
      {past ? (
        <>
          <Notice tone="info" title={t("plans.readOnly")} />
          <PlanReadView plan={plan} access={access} locale={locale} />
        </>
      ) : (
        <>
          <Notice tone={plan.status === "RETURNED" ? "warning" : "info"} title={t(`plans.stateNote.${plan.status}`)}>
            {plan.status === "RETURNED" && lastReturn ? (
              <div className="mt-2">
                <p className="text-std-16B-170">{t("plans.returnedComment", { name: lastReturn.actor.name })}</p>
                <p className="whitespace-pre-wrap">{lastReturn.comment}</p>
              </div>
            ) : null}
          </Notice>
          <div className="mb-10 flex flex-wrap gap-4">
            {plan.status === "DRAFT" || plan.status === "RETURNED" ? (
              <StateButton action="submitPlan" hidden={{ planId: plan.id, fiscalYear }} version={plan.version} label={t("plans.submit")} />
            ) : null}
            {plan.status === "SUBMITTED" ? (
              <StateButton action="withdrawPlan" hidden={{ planId: plan.id, fiscalYear }} version={plan.version} label={t("plans.withdraw")} variant="secondary" />
            ) : null}
          </div>

          <Section id="content" title={t("plans.contentTitle")}>
            {editing ? (
              <PlanContentForm
                plan={{
                  id: plan.id,
                  fiscalYear,
                  version: plan.version,
                  visionNow: plan.visionNow,
                  vision3Years: plan.vision3Years,
                  vision10Years: plan.vision10Years,
                  transferWishFields: plan.transferWishFields ?? "",
                  transferWishComment: plan.transferWishComment ?? "",
                  images: plan.images.map((image) => ({
                    targetImageId: image.targetImageId,
                    number: image.targetImage.number,
                    name: image.targetImage.name,
                    aspired: image.aspired,
                    reason: image.reason,
                    selfScore: image.selfScore,
                    selfComment: image.selfComment,
                  })),
                }}
              />
            ) : (
              <PlanReadView plan={{ ...plan, commitments: [], events: [] }} access={access} locale={locale} />
            )}
            {editable && plan.status === "APPROVED" ? (
              <p className="print-hidden mt-4">
                <Link href={editing ? `/me/plans/${fiscalYear}#content` : `/me/plans/${fiscalYear}?edit=content#content`}>
                  {editing ? t("plans.closeEdit") : t("plans.editContent")}
                </Link>
              </p>
            ) : null}
          </Section>

          <Section id="commitments" title={t("plans.commitments")} lead={t("plans.commitmentsLead")}>
            {plan.commitments.length === 0 ? <p className="mb-4">{t("plans.commitmentsEmpty")}</p> : null}
            <div className="mb-4 flex flex-col gap-3">
              {plan.commitments.map((commitment) => (
                <CommitmentCard
                  key={commitment.id}
                  commitment={commitment}
                  locale={locale}
                  editHref={`/me/plans/${fiscalYear}/commitments/${commitment.id}`}
                  reorder={editable && commitment.status !== "DROPPED" ? { fiscalYear, first: commitment.id === live[0]?.id, last: commitment.id === live.at(-1)?.id } : undefined}
                />
              ))}
            </div>
            {editable ? (
              <Link href={`/me/plans/${fiscalYear}/commitments/new`} className={`${buttonClass("secondary")} no-underline`}>
                {t("plans.addCommitment")}
              </Link>
            ) : null}
          </Section>

          <Section id="reflection" title={t("plans.reflection")}>
            <ReflectionForm planId={plan.id} fiscalYear={fiscalYear} version={plan.version} reflection={plan.reflection} />
          </Section>

          <Section id="timeline" title={t("plans.timeline")}>
            <Timeline events={plan.events} locale={locale} />
          </Section>
        </>
      )}
      <YearEndSlot actor={actor} planId={plan.id} />
      <PlanSheetLink href={`/me/plans/${fiscalYear}/sheet`} />
      <p className="print-hidden">
        <Link href="/me/plans">{t("plans.history")}</Link>
      </p>
    </>
  );
}
