import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { PlanDetail } from "@/lib/year/plans/get-plan-detail";
import { hasChanges } from "@/lib/year/plans/plan-changes";
import { type PlanDisplayState, planDisplayState } from "@/lib/year/plans/plan-rules";

const DECISIONS = new Set(["SUBMIT", "APPROVE", "RETURN", "CHANGES_SUBMIT", "CHANGES_APPROVE", "CHANGES_RETURN"]);

/** The state a reader sees: approved, and whether changes since are being written or wait for the supervisor. */
export function displayStateOf(plan: Pick<PlanDetail, "status" | "changesSubmittedAt" | "changes">): PlanDisplayState {
  return planDisplayState(plan.status, plan.changesSubmittedAt !== null, plan.changes ? hasChanges(plan.changes) : false);
}

/**
 * The owner's banner at the top of their plan: what state it is in and what happens next, with
 * the supervisor's words when they returned it (or its changes). `saved` opens it with the
 * confirmation of the save that brought the owner here.
 */
export async function PlanStateNotice({ plan, saved }: { plan: PlanDetail; saved: boolean }) {
  const t = await getTranslations("plans");
  const tv = await getTranslations("planView");
  const state = displayStateOf(plan);
  const lastDecision = plan.events.findLast((event) => DECISIONS.has(event.action));
  const returned =
    lastDecision && (lastDecision.action === "RETURN" || lastDecision.action === "CHANGES_RETURN") && state !== "SUBMITTED" && state !== "CHANGES_SUBMITTED"
      ? lastDecision
      : null;
  return (
    <div id="state" tabIndex={-1}>
      <Notice tone={returned ? "warning" : "info"} title={saved ? tv("savedIn", { state: t(`status.${state}`) }) : t(`status.${state}`)}>
        <p>{t(`stateNote.${state}`)}</p>
        {returned ? (
          <div className="mt-2">
            <p className="text-std-16B-170">{t("returnedComment", { name: returned.actor.name })}</p>
            <p className="whitespace-pre-wrap">{returned.comment}</p>
          </div>
        ) : null}
      </Notice>
    </div>
  );
}
