import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CommitmentStatusBadge } from "@/components/plans/status-badge";
import type { PlanDetail } from "@/lib/plans/get-plan-detail";

/** Last year's plan in brief, beside this year's, so a reviewer reads the new goals in context. */
export async function PreviousPlanSummary({ plan, title }: { plan: PlanDetail; title: string }) {
  const t = await getTranslations("plans");
  return (
    <details className="print-hidden mb-10 rounded-8 border border-solid-gray-420 p-4">
      <summary className="cursor-pointer text-std-17B-170">{title}</summary>
      <div className="mt-4 flex flex-col gap-3">
        <p>
          <span className="text-std-16B-170">{t("visionNow")}：</span>
          {plan.visionNow || t("empty")}
        </p>
        <p>
          <span className="text-std-16B-170">{t("vision3Years")}：</span>
          {plan.vision3Years || t("empty")}
        </p>
        <ul className="flex flex-col gap-1">
          {plan.commitments.map((commitment) => (
            <li key={commitment.id} className="flex flex-wrap items-center gap-2">
              <CommitmentStatusBadge status={commitment.status} />
              {commitment.title}（{commitment.progressPercent}%）
            </li>
          ))}
        </ul>
        <p>
          <span className="text-std-16B-170">{t("reflection")}：</span>
          {plan.reflection || t("empty")}
        </p>
        <p>
          <Link href={`/plans/${plan.id}`}>{t("open")}</Link>
        </p>
      </div>
    </details>
  );
}
