"use server";

import { actorAction } from "@/lib/actions/actor-action";
import { createOjtPlan } from "@/lib/ojt/create-ojt-plan";
import { findOjtOverview } from "@/lib/ojt/find-ojt-overview";
import { nextInOjtQueue } from "@/lib/ojt/next-in-ojt-queue";
import { goalsFromForm, ojtPlanInputSchema } from "@/lib/ojt/schemas";
import { toldValues } from "@/lib/notifications/notify";
import { textValues } from "@/lib/validation/form-state";

// lib/ojt authorizes (the trainee must be a young member of the supervisor's team), writes, audits
// and tells the trainee and the trainer. The form confirms where it was filled in: who was told,
// the plan made, and the next member of the team's OJT queue.
export const createOjtPlanAction = actorAction({
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
