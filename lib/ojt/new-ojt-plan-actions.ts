"use server";

import { actorAction } from "@/lib/actions/actor-action";
import { createOjtPlan } from "@/lib/ojt/create-ojt-plan";
import { goalsFromForm, ojtPlanInputSchema } from "@/lib/ojt/schemas";
import { textValues } from "@/lib/validation/form-state";

// lib/ojt authorizes (the trainee must be a young member of the supervisor's team), writes and audits.
export const createOjtPlanAction = actorAction({
  schema: ojtPlanInputSchema,
  input: (formData) => ({ ...textValues(formData), goals: goalsFromForm(formData) }),
  handle: createOjtPlan,
  revalidate: ["/team/ojt", "/team"],
  redirect: (ojtPlanId) => `/ojt/${ojtPlanId}?done=created`,
});
