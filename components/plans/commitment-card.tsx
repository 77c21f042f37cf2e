import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CommitmentStatusBadge } from "@/components/plans/status-badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { commitmentSelect } from "@/lib/year/commitments/commitment-select";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/platform/i18n/locales";
import { measureLabel } from "@/lib/policy/measure-label";
import { formatCount } from "@/lib/platform/i18n/format-number";
import type { ComputedProgress } from "./computed-progress";
import { localRoute } from "@/lib/platform/local-route";

export type CommitmentView = Prisma.CommitmentGetPayload<{ select: typeof commitmentSelect }>;

export function formatTarget(commitment: Pick<CommitmentView, "targetText" | "targetValue" | "targetUnit">): string {
  return commitment.targetValue !== null ? `${commitment.targetValue.toString()}${commitment.targetUnit}` : commitment.targetText;
}

/** The commitment's measure in the policy's spelling (lib/policy/measure-label.ts). */
export function commitmentMeasureLabel(commitment: Pick<CommitmentView, "measure">): string {
  return measureLabel({ areaNumber: commitment.measure.area.number, number: commitment.measure.number, name: commitment.measure.name });
}

/**
 * One commitment at any level: what, linked to which measure, target, due date, status and
 * progress. `owner` names whose it is where the page does not (a unit); `computed` is progress
 * the portal computes from its data, shown instead of the last recorded figure with what it
 * counted, for a screen reader as much as for the eye.
 */
export async function CommitmentCard({
  commitment,
  locale,
  editHref,
  editLabel,
  owner,
  computed,
  inApprovedPlan = false,
}: {
  commitment: CommitmentView;
  locale: Locale;
  editHref?: string;
  editLabel?: string;
  owner?: string;
  computed?: ComputedProgress;
  /** in an approved plan, a draft, submitted or returned commitment is a change waiting for approval */
  inApprovedPlan?: boolean;
}) {
  const t = await getTranslations("commitments");
  const dropped = commitment.status === "DROPPED";
  // One source for the figures: what the portal computes when it does (the bar and the actual
  // both), else what was recorded. A card once read 完了, 実績100 % and a bar at 87 % at once.
  const actual = computed ? computed.actualValue : commitment.actualValue === null ? null : Number(commitment.actualValue.toString());
  const progress = computed ? computed.percent : commitment.progressPercent;
  return (
    <article aria-labelledby={`commitment-${commitment.id}-title`} className={dropped ? "card bg-solid-gray-50 text-solid-gray-600" : "card"}>
      <div className="card-head">
        <h3 id={`commitment-${commitment.id}-title`} className={dropped ? "text-std-18B-160 line-through" : "text-std-18B-160"}>
          {commitment.title}
        </h3>
        <CommitmentStatusBadge status={commitment.status} change={inApprovedPlan} />
      </div>
      <p className="meta">
        {owner ? `${owner}／` : ""}
        {commitmentMeasureLabel(commitment)}
        {commitment.focusTheme ? `／${commitment.focusTheme.number}．${commitment.focusTheme.name}` : ""}
        {commitment.targetImage ? `／${commitment.targetImage.name}` : ""}
      </p>
      {commitment.description ? <p className="whitespace-pre-wrap">{commitment.description}</p> : null}
      <p className="flex flex-wrap gap-x-6">
        <span>{t("target", { target: formatTarget(commitment) })}</span>
        {actual !== null ? <span>{t("actual", { actual: `${formatCount(actual, locale)}${commitment.targetUnit}` })}</span> : null}
        {commitment.dueOn ? <span>{t("due", { date: formatDate(fromDateColumn(commitment.dueOn), locale) })}</span> : null}
      </p>
      {dropped || progress === null ? null : <ProgressBar value={progress} label={t("progressLabel", { title: commitment.title })} />}
      {computed && !dropped ? <p className="meta">{computed.summary}</p> : null}
      {editHref ? (
        <p className="print-hidden">
          <Link href={localRoute(editHref)}>{editLabel ?? t("editLink")}</Link>
        </p>
      ) : null}
    </article>
  );
}
