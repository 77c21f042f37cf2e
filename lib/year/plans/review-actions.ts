"use server";

import { z } from "zod";
import { actorAction } from "@/lib/platform/actions/actor-action";
import { findReviewQueue } from "@/lib/year/plans/find-plans";
import { approvePlan, approvePlanChanges, commentOnPlan, returnPlan, returnPlanChanges } from "@/lib/year/plans/review-plan";
import { reviewDecisionSchema } from "@/lib/year/plans/schemas";
import { id } from "@/lib/platform/validation/fields";

export interface ReviewAnswer {
  decision: "approve" | "return" | "comment";
  /** whose plan: the confirmation says they were told */
  ownerName: string;
  /** the next plan in the reviewer's queue (oldest first), one click on; null when none waits */
  nextPlanId: number | null;
}

/**
 * The supervisor's decision on a plan, or on the changes of an approved plan (`subject`, from
 * the page; lib/ refuses the one that is not waiting): approve, return (a comment is required)
 * or only comment. The answer names who was told and the next plan waiting.
 */
export const reviewPlanAction = actorAction({
  target: z.object({ planId: id, decision: z.enum(["approve", "return", "comment"]), subject: z.enum(["plan", "changes"]).default("plan") }),
  schema: reviewDecisionSchema,
  handle: async (actor, { planId, decision, subject, version, comment }): Promise<ReviewAnswer> => {
    const approve = subject === "changes" ? approvePlanChanges : approvePlan;
    const send = subject === "changes" ? returnPlanChanges : returnPlan;
    const { ownerName } =
      decision === "approve"
        ? await approve(actor, planId, version, comment)
        : decision === "return"
          ? await send(actor, planId, version, comment)
          : await commentOnPlan(actor, planId, comment);
    const queue = decision === "comment" ? null : await findReviewQueue(actor);
    return { decision, ownerName, nextPlanId: queue?.plans.find((plan) => plan.id !== planId)?.id ?? null };
  },
  revalidate: ({ planId }) => [`/plans/${planId}`, "/team"],
  answer: (result) => ({ review: result }),
});
