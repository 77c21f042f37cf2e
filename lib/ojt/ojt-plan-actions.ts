"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { idParam } from "@/lib/dates/route-params";
import { logOjtSession } from "@/lib/ojt/log-ojt-session";
import { markOjtGoal } from "@/lib/ojt/mark-ojt-goal";
import { goalsFromForm, ojtGoalMarkSchema, ojtPlanUpdateSchema, ojtSessionInputSchema } from "@/lib/ojt/schemas";
import { updateOjtPlan } from "@/lib/ojt/update-ojt-plan";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState, formValues } from "@/lib/validation/form-state";

// Thin actions: who acts comes from the session; which plan from a hidden field, which lib/ojt
// checks against what the actor may do with it (a forged id is simply not found).

const planRef = z.object({ ojtPlanId: idParam });

/** Pages that show the plan or its figures. */
function revalidatePlan(ojtPlanId: number) {
  revalidatePath(`/ojt/${ojtPlanId}`);
  revalidatePath("/team/ojt");
  revalidatePath("/team");
  revalidatePath("/me");
}

async function run(ojtPlanId: number, work: () => Promise<unknown>): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    const state = formStateFromError(error);
    // Someone saved first: the page shows the latest version, the form keeps its message.
    if (state.formError === "conflict") revalidatePlan(ojtPlanId);
    return state;
  }
  revalidatePlan(ojtPlanId);
  return { ok: true, fieldErrors: {} };
}

export async function updateOjtPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const ref = planRef.safeParse(formValues(formData));
  if (!ref.success) return { ok: false, fieldErrors: {}, formError: "notFound" };
  const parsed = ojtPlanUpdateSchema.safeParse({ ...formValues(formData), goals: goalsFromForm(formData) });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return run(ref.data.ojtPlanId, () => updateOjtPlan(actor, ref.data.ojtPlanId, parsed.data));
}

export async function markOjtGoalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const ref = planRef.safeParse(formValues(formData));
  const parsed = ojtGoalMarkSchema.safeParse(formValues(formData));
  if (!ref.success || !parsed.success) return { ok: false, fieldErrors: {}, formError: "notFound" };
  return run(ref.data.ojtPlanId, () => markOjtGoal(actor, ref.data.ojtPlanId, parsed.data));
}

export async function logOjtSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const ref = planRef.safeParse(formValues(formData));
  if (!ref.success) return { ok: false, fieldErrors: {}, formError: "notFound" };
  const parsed = ojtSessionInputSchema.safeParse(formValues(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return run(ref.data.ojtPlanId, () => logOjtSession(actor, ref.data.ojtPlanId, parsed.data));
}
