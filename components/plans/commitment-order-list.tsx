import { Link } from "@/components/ui/link";
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
  // One form for the whole order, each button naming its line and way: a form per line repeated
  // its hidden fields and action reference nine times over. A button is named by the way and the
  // line's title (「上へ移動 …」), both by reference: a title written into two labels per line
  // was 1.5 KB of a nine-line page.
  return (
    <form action={moveCommitmentAction}>
      <input type="hidden" name="fiscalYear" value={fiscalYear} />
      <span id="move-up" hidden>
        {t("moveUp")}
      </span>
      <span id="move-down" hidden>
        {t("moveDown")}
      </span>
      <ol className="order-list">
        {commitments.map((commitment, index) => (
          <li key={commitment.id}>
            <div className="min-w-0">
              <Link id={`c-${commitment.id}`} href={localRoute(`/me/plans/${fiscalYear}/commitments/${commitment.id}#edit`)}>
                {commitment.title}
              </Link>
              <p className="meta">{commitmentMeasureLabel(commitment)}</p>
            </div>
            <CommitmentStatusBadge status={commitment.status} change={inApprovedPlan} />
            <span className="moves">
              <button
                type="submit"
                name="move"
                value={`${commitment.id}:up`}
                disabled={index === 0}
                aria-labelledby={`move-up c-${commitment.id}`}
                className="icon-button"
              >
                ↑
              </button>
              <button
                type="submit"
                name="move"
                value={`${commitment.id}:down`}
                disabled={index === commitments.length - 1}
                aria-labelledby={`move-down c-${commitment.id}`}
                className="icon-button"
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
    </form>
  );
}
