import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CommitmentStatusBadge } from "@/components/plans/status-badge";
import { Section } from "@/components/ui/section";
import type { PlanDetail } from "@/lib/year/plans/get-plan-detail";

/**
 * Last year's plan below this year's, for the reviewer: what was meant (vision), how the person
 * rated themselves against the target images, what came of each commitment, and their own
 * reflection — so the new goals are read against last year's achievement.
 */
export async function PreviousPlanSummary({ plan, title }: { plan: PlanDetail; title: string }) {
  const t = await getTranslations("plans");
  const tv = await getTranslations("planView");
  const live = plan.commitments.filter((commitment) => commitment.status !== "DROPPED");
  const done = live.filter((commitment) => commitment.status === "DONE").length;
  const scored = plan.images.filter((image) => image.selfScore !== null || image.aspired);
  return (
    <Section id="previous" title={title}>
      <div className="flex flex-col gap-6 rounded-8 border border-solid-gray-420 p-4">
        {plan.visionNow || plan.vision3Years ? (
          <dl className="flex flex-col gap-2">
            {(["visionNow", "vision3Years"] as const).map((key) =>
              plan[key] ? (
                <div key={key}>
                  <dt className="text-std-16B-170">{t(key)}</dt>
                  <dd className="whitespace-pre-wrap">{plan[key]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        ) : null}
        {scored.length > 0 ? (
          <div>
            <h3 className="mb-2 text-std-17B-170">{tv("previousSelfAssessment")}</h3>
            <ul className="flex flex-col gap-1">
              {scored.map((image) => (
                <li key={image.targetImageId}>
                  {image.targetImage.number}. {image.targetImage.name}：
                  {image.selfScore === null ? tv("selfScoreNone") : tv("selfScoreOf", { score: image.selfScore })}
                  {image.aspired ? `（${t("aspiredMark")}）` : ""}
                  {image.selfComment ? <span className="block whitespace-pre-wrap text-solid-gray-700">{image.selfComment}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div>
          <h3 className="mb-2 text-std-17B-170">{tv("previousAchievement", { done, count: live.length })}</h3>
          {live.length === 0 ? null : (
            <ul className="flex flex-col gap-2">
              {live.map((commitment) => (
                <li key={commitment.id} className="flex flex-wrap items-center gap-2">
                  <CommitmentStatusBadge status={commitment.status} />
                  <span>{commitment.title}</span>
                  <span className="meta">{tv("progressOf", { percent: commitment.progressPercent })}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {plan.reflection ? (
          <div>
            <h3 className="mb-2 text-std-17B-170">{t("reflection")}</h3>
            <p className="whitespace-pre-wrap">{plan.reflection}</p>
          </div>
        ) : null}
        <p className="print-hidden">
          <Link href={`/plans/${plan.id}`}>{tv("openPrevious")}</Link>
        </p>
      </div>
    </Section>
  );
}
