import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { commitmentList, levelText, OWN_LIST, REVIEW_LIST } from "@/app/(portal)/commitments/level-text";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { CommitmentCard } from "@/components/plans/commitment-card";
import { CommitmentForm } from "@/components/plans/commitment-form";
import { computedProgress } from "@/components/plans/computed-progress";
import { DropCommitmentForm } from "@/components/plans/drop-commitment-form";
import { ProgressForm } from "@/components/plans/progress-form";
import { ProgressHistory } from "@/components/plans/progress-history";
import { ReviewPanel } from "@/components/plans/review-panel";
import { StateButton } from "@/components/plans/state-button";
import { CommitmentStatusBadge } from "@/components/plans/status-badge";
import { Timeline } from "@/components/plans/timeline";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { canDrop, canEditGoal, canRecordProgress } from "@/lib/year/commitments/commitment-rules";
import { getCommitment } from "@/lib/year/commitments/get-commitment";
import { fromDateColumn, toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { trailText } from "@/lib/people/org/unit-trail";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { editOptions } from "./edit-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamCommitments"))("title") };
}

/**
 * One team, bureau or city commitment: everyone in scope reads it; its owner (the unit's
 * supervisor, the bureau's coordinator, the HR division) submits, edits, records progress and
 * drops it; its level's reviewer reviews it. Outside the scope it is a 404.
 */
export default async function CommitmentPage({ params }: { params: Promise<{ commitmentId: string }> }) {
  const commitmentId = idParam.safeParse((await params).commitmentId);
  if (!commitmentId.success) notFound();
  const actor = await requireActor();
  const [{ commitment, access, figures }, t, tl, locale] = await Promise.all([
    loadOrNotFound(() => getCommitment(actor, commitmentId.data)),
    getTranslations("teamCommitments"),
    getTranslations("levelCommitments"),
    currentLocale(),
  ]);
  const text = await levelText(commitment.level);
  const ownerName = commitment.ownerUnit ? trailText(commitment.ownerUnit.trail) : tl("city");
  const today = tokyoDate();
  const label = formatFiscalYear(commitment.fiscalYear, locale);
  const owner = access.canEdit && !isPastFiscalYear(commitment.fiscalYear, fiscalYearOf(today));
  const { status } = commitment;
  const hidden = { commitmentId: commitment.id };
  const lastReturn = [...commitment.events].reverse().find((event) => event.action === "RETURN");
  const computed = await computedProgress(figures, commitment.level);
  const options = owner && canEditGoal(status) ? await editOptions(actor, commitment.metric) : null;
  const list = commitmentList(commitment.level, access.reader);
  const listLabel = list ? (await getTranslations(list.tab))("commitments") : null;
  return (
    <>
      <Breadcrumbs
        menu={list?.menu ?? "EMPLOYEE"}
        crumbs={[...(list && listLabel ? [{ label: listLabel, href: `${list.href}?fy=${commitment.fiscalYear}` }] : []), { label: commitment.title }]}
      />
      <PageHeader title={commitment.title} lead={t("detailLead", { unit: ownerName, fiscalYear: label })}>
        <CommitmentStatusBadge status={status} />
      </PageHeader>
      {access.reader === "HR_DIVISION" ? <Notice tone="info" title={t("hrReader")} /> : null}
      {access.reader === "READER" ? <Notice tone="info" title={tl("reader")} /> : null}
      {access.canEdit && !owner ? <Notice tone="info" title={t("readOnly")} /> : null}
      {owner ? (
        <Notice tone={status === "RETURNED" ? "warning" : "info"} title={status === "DRAFT" ? text.draftNote : t(`stateNote.${status}`)}>
          {status === "RETURNED" && lastReturn ? (
            <div className="mt-2">
              <p className="text-std-16B-170">{t("returnedComment", { name: lastReturn.actor.name })}</p>
              <p className="whitespace-pre-wrap">{lastReturn.comment}</p>
            </div>
          ) : null}
        </Notice>
      ) : null}
      {owner && (status === "DRAFT" || status === "RETURNED" || status === "SUBMITTED") ? (
        <div className="mb-10 flex flex-wrap gap-4">
          {status === "SUBMITTED" ? (
            <StateButton action="withdrawCommitment" hidden={hidden} version={commitment.version} label={t("withdraw")} variant="secondary" />
          ) : (
            <StateButton action="submitCommitment" hidden={hidden} version={commitment.version} label={text.submit} />
          )}
        </div>
      ) : null}
      {access.canReview ? (
        <p className="print-hidden mb-8">
          <a href="#review">{t("reviewJump")}</a>
        </p>
      ) : null}
      <div className="mb-10">
        <CommitmentCard commitment={commitment} locale={locale} owner={ownerName} computed={computed} />
      </div>

      <Section id="progress" title={t("progressTitle")} lead={figures ? t("computedLead") : undefined}>
        {owner && canRecordProgress(status) && figures ? (
          computed?.percent === null ? (
            <Notice tone="info" title={t("nothingToMeasure")} />
          ) : (
            <StateButton action="recordMetricSnapshot" hidden={hidden} version={commitment.version} label={t("snapshot")} variant="secondary" />
          )
        ) : null}
        {owner && canRecordProgress(status) && !figures ? (
          <ProgressForm action="recordCommitmentProgress" hidden={hidden} version={commitment.version} today={toIsoDate(today)} />
        ) : null}
        {owner && !canRecordProgress(status) && status !== "DROPPED" ? <Notice tone="info" title={t("progressOnlyApproved")} /> : null}
        <div className="mt-8">
          <ProgressHistory entries={commitment.progress} locale={locale} />
        </div>
      </Section>

      {options ? (
        <Section id="edit" title={t("editTitle")}>
          {status === "APPROVED" || status === "IN_PROGRESS" ? <Notice tone="warning" title={t("editApproved")} /> : null}
          <CommitmentForm
            action="updateCommitment"
            hidden={{}}
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
          {canDrop(status) ? (
            <div className="mt-10 border-t border-solid-gray-420 pt-6">
              <DropCommitmentForm action="dropCommitment" hidden={hidden} version={commitment.version} />
            </div>
          ) : null}
        </Section>
      ) : null}

      {access.canReview ? (
        <Section id="review" title={t("reviewTitle")}>
          <ReviewPanel
            action="reviewCommitment"
            hidden={hidden}
            version={commitment.version}
            awaitingReview={status === "SUBMITTED"}
            onlyCommentNote={t("onlyComment")}
          />
        </Section>
      ) : null}

      <Section id="timeline" title={t("timeline")}>
        <Timeline events={commitment.events} locale={locale} />
      </Section>
      <p>
        {access.reader === "OWNER" ? (
          <Link href={`${OWN_LIST[commitment.level]}?fy=${commitment.fiscalYear}`}>{text.backToOwn}</Link>
        ) : access.reader === "REVIEWER" ? (
          <Link href={`${REVIEW_LIST[commitment.level]}?fy=${commitment.fiscalYear}`}>{text.backToReview}</Link>
        ) : null}
      </p>
    </>
  );
}
