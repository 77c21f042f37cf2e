import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitmentOrderList } from "@/components/plans/commitment-order-list";
import { PlanContentForm } from "@/components/plans/plan-content-form";
import { displayStateOf } from "@/components/plans/plan-state-notice";
import { ReflectionForm } from "@/components/plans/reflection-form";
import { PlanStatusBadge } from "@/components/plans/status-badge";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
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
import { canEditGoals, isPastFiscalYear } from "@/lib/year/plans/plan-rules";

/** The approved plan's notice: what a save will do (the change goes to the supervisor). */
const CHANGE_NOTICE = "plan-change-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planView"))("editTitle") };
}

/**
 * Changing the plan: its goals (while they may change), the order of its commitments, and the
 * year-end reflection (in any state). On an approved plan the forms say, before saving, that the
 * change goes to the supervisor while what was agreed stays agreed.
 */
export default async function EditOwnPlanPage({ params }: { params: Promise<{ fiscalYear: string }> }) {
  const parsed = fiscalYearParam.safeParse((await params).fiscalYear);
  if (!parsed.success) notFound();
  const fiscalYear = parsed.data;
  const actor = await requireActor();
  const [found, t, locale] = await Promise.all([findOwnPlan(actor, fiscalYear), getTranslations(), currentLocale()]);
  if (!found || isPastFiscalYear(fiscalYear, fiscalYearOf(tokyoDate()))) redirect(`/me/plans/${fiscalYear}`);
  const { plan } = found;
  const goalsEditable = canEditGoals(plan.status, plan.changesSubmittedAt !== null);
  const approved = plan.status === "APPROVED";
  const label = formatFiscalYear(fiscalYear, locale);
  const sheet = `${t("plans.sheetTitle")}　${label}`;
  const live = plan.commitments.filter((commitment) => commitment.status !== "DROPPED");
  return (
    <>
      <Breadcrumbs menu="EMPLOYEE" crumbs={[{ label: sheet, href: `/me/plans/${fiscalYear}` }, { label: t("planView.editTitle") }]} />
      <PageHeader title={t("planView.editTitle")} lead={sheet}>
        <PlanStatusBadge status={displayStateOf(plan)} />
      </PageHeader>
      <p className="print-hidden mb-8">
        <Link href={`/me/plans/${fiscalYear}`}>{t("planView.backToRead")}</Link>
      </p>
      {goalsEditable ? null : <Notice tone="info" title={t("planView.goalsLocked")} />}
      {/* Said once, before both forms it concerns; the content form's save refers to it. */}
      {goalsEditable && approved ? (
        <p id={CHANGE_NOTICE} className="mb-8 rounded-8 border-l-8 border-warning-yellow-1 bg-yellow-50 px-4 py-3">
          {t("planView.changeGoesToSupervisor")}
        </p>
      ) : null}
      {goalsEditable ? (
        <>
          <Section id="content" title={t("plans.contentTitle")}>
            <PlanContentForm
              noticeId={approved ? CHANGE_NOTICE : undefined}
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
          </Section>
          <Section id="commitments" title={t("plans.commitments")} lead={t("plans.commitmentsLead")}>
            {live.length === 0 ? <p className="mb-4">{t("plans.commitmentsEmpty")}</p> : null}
            {live.length === 0 ? null : <CommitmentOrderList commitments={live} fiscalYear={fiscalYear} inApprovedPlan={approved} />}
            <Link href={`/me/plans/${fiscalYear}/commitments/new`} className={`${buttonClass("secondary")} no-underline`}>
              {t("plans.addCommitment")}
            </Link>
          </Section>
        </>
      ) : null}
      <Section id="reflection" title={t("plans.reflection")}>
        <ReflectionForm planId={plan.id} fiscalYear={fiscalYear} version={plan.version} reflection={plan.reflection} />
      </Section>
      <p className="print-hidden">
        <Link href={`/me/plans/${fiscalYear}`}>{t("planView.backToRead")}</Link>
      </p>
    </>
  );
}
