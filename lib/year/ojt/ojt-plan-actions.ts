"use server";

import { z } from "zod";
import { actorAction } from "@/lib/platform/actions/actor-action";
import { idParam } from "@/lib/platform/dates/route-params";
import { logOjtSession } from "@/lib/year/ojt/log-ojt-session";
import { findOjtOverview } from "@/lib/year/ojt/find-ojt-overview";
import { markOjtGoal } from "@/lib/year/ojt/mark-ojt-goal";
import { nextInOjtQueue } from "@/lib/year/ojt/next-in-ojt-queue";
import { goalsFromForm, OJT_MAX_GOALS, OJT_MINUTES, ojtGoalMarkSchema, ojtPlanUpdateSchema, ojtSessionInputSchema } from "@/lib/year/ojt/schemas";
import { updateOjtPlan } from "@/lib/year/ojt/update-ojt-plan";
import { toldValues } from "@/lib/messaging/notifications/notify";
import { textValues } from "@/lib/platform/validation/form-state";

// Which plan comes from a hidden field, which lib/year/ojt checks against what the actor may do with
// it (a forged id is simply not found).
const planRef = z.object({ ojtPlanId: idParam });

/** The pages that show the plan or its figures: the plan's own (and its edit page below it), the lists. */
const planPages = ({ ojtPlanId }: { ojtPlanId: number }) => [{ layout: `/ojt/${ojtPlanId}` }, "/team/ojt", "/team", "/me"];

export const updateOjtPlanAction = actorAction({
  wording: { sections: ["ojt"], values: { max: OJT_MAX_GOALS } },
  target: planRef,
  schema: ojtPlanUpdateSchema,
  input: (formData) => ({ ...textValues(formData), goals: goalsFromForm(formData) }),
  handle: async (actor, { ojtPlanId, ...input }) => {
    const { notified, fiscalYear } = await updateOjtPlan(actor, ojtPlanId, input);
    return { notified, next: nextInOjtQueue(await findOjtOverview(actor, fiscalYear), ojtPlanId) };
  },
  revalidate: planPages,
  done: ({ notified, next }) => ({ key: "ojtPlanUpdated", values: toldValues(notified), ...(next ? { next } : {}) }),
});

/** Its hidden fields are all it has: a forged one is not found. */
export const markOjtGoalAction = actorAction({
  wording: { sections: ["ojt"] },
  target: planRef.extend(ojtGoalMarkSchema.shape),
  handle: (actor, { ojtPlanId, ...mark }) => markOjtGoal(actor, ojtPlanId, mark),
  revalidate: planPages,
  done: (_, { achieved }) => ({ key: achieved ? "ojtGoalAchieved" : "ojtGoalReopened" }),
});

export const logOjtSessionAction = actorAction({
  wording: { sections: ["ojt"], values: OJT_MINUTES },
  target: planRef,
  schema: ojtSessionInputSchema,
  handle: (actor, { ojtPlanId, ...session }) => logOjtSession(actor, ojtPlanId, session),
  revalidate: planPages,
  done: ({ notified }) => ({ key: "ojtSessionLogged", values: toldValues(notified) }),
});
