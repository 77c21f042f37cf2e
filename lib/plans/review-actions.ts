"use server";

import { z } from "zod";
import { actorAction } from "@/lib/actions/actor-action";
import { approvePlan, commentOnPlan, returnPlan } from "@/lib/plans/review-plan";
import { reviewDecisionSchema } from "@/lib/plans/schemas";
import { id } from "@/lib/validation/fields";

/** The supervisor's decision on a plan: approve, return (a comment is required) or only comment. */
export const reviewPlanAction = actorAction({
  target: z.object({ planId: id, decision: z.enum(["approve", "return", "comment"]) }),
  schema: reviewDecisionSchema,
  handle: (actor, { planId, decision, version, comment }) =>
    decision === "approve" ? approvePlan(actor, planId, version, comment) : decision === "return" ? returnPlan(actor, planId, version, comment) : commentOnPlan(actor, planId, comment),
  revalidate: ({ planId }) => [`/plans/${planId}`, "/team"],
});
