"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { createOjtPlan } from "@/lib/year/ojt/create-ojt-plan";
import { findOjtOverview } from "@/lib/year/ojt/find-ojt-overview";
import { nextInOjtQueue } from "@/lib/year/ojt/next-in-ojt-queue";
import { goalsFromForm, OJT_MAX_GOALS, ojtPlanInputSchema } from "@/lib/year/ojt/schemas";
import { toldValues } from "@/lib/messaging/notifications/notify";
import { textValues } from "@/lib/platform/validation/form-state";

// lib/year/ojt authorizes (the trainee must be a young member of the supervisor's team), writes, audits
// and tells the trainee and the trainer. The form confirms where it was filled in: who was told,
// the plan made, and the next member of the team's OJT queue.
export const createOjtPlanAction = actorAction({
  wording: { sections: ["ojt"], values: { max: OJT_MAX_GOALS } },
  schema: ojtPlanInputSchema,
  input: (formData) => ({ ...textValues(formData), goals: goalsFromForm(formData) }),
  handle: async (actor, input) => {
    const created = await createOjtPlan(actor, input);
    return { ...created, next: nextInOjtQueue(await findOjtOverview(actor, created.fiscalYear), created.ojtPlanId) };
  },
  revalidate: ["/team/ojt", "/team"],
  done: ({ notified, next }) => ({ key: "ojtPlanCreated", values: toldValues(notified), ...(next ? { next } : {}) }),
  answer: ({ ojtPlanId }) => ({ ojtPlanId }),
});
