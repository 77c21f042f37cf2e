import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { moveCommitmentAction } from "@/lib/year/plans/own-plan-actions";
import { commitmentMeasureLabel, type CommitmentView } from "@/components/plans/commitment-card";
import { CommitmentStatusBadge } from "@/components/plans/status-badge";
import { localRoute } from "@/lib/platform/local-route";

/**
 * The plan's commitments as the edit page orders them: one line each (title, measure, state)
 * with its way to the commitment's own page and the buttons that move it. The cards with their
 * targets and progress are on the plan's read page; nine of them here weighed 30 KB of a page
 * whose work is the plan's wording and its order.
 */
export async function CommitmentOrderList({
  commitments,
  fiscalYear,
  inApprovedPlan,
}: {
  commitments: readonly CommitmentView[];
  fiscalYear: number;
  inApprovedPlan: boolean;
}) {
  const t = await getTranslations("commitments");
  return (
    <ol className="order-list">
      {commitments.map((commitment, index) => (
        <li key={commitment.id}>
          <div className="min-w-0">
            <Link href={localRoute(`/me/plans/${fiscalYear}/commitments/${commitment.id}#edit`)}>{commitment.title}</Link>
            <p className="meta">{commitmentMeasureLabel(commitment)}</p>
          </div>
          <CommitmentStatusBadge status={commitment.status} change={inApprovedPlan} />
          <form action={moveCommitmentAction} className="flex gap-2">
            <input type="hidden" name="commitmentId" value={commitment.id} />
            <input type="hidden" name="fiscalYear" value={fiscalYear} />
            <button
              type="submit"
              name="direction"
              value="up"
              disabled={index === 0}
              aria-label={t("moveUp", { title: commitment.title })}
              className="icon-button"
            >
              ↑
            </button>
            <button
              type="submit"
              name="direction"
              value="down"
              disabled={index === commitments.length - 1}
              aria-label={t("moveDown", { title: commitment.title })}
              className="icon-button"
            >
              ↓
            </button>
          </form>
        </li>
      ))}
    </ol>
  );
}
