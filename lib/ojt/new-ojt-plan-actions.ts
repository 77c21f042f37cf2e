"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { createOjtPlan } from "@/lib/ojt/create-ojt-plan";
import { goalsFromForm, ojtPlanInputSchema } from "@/lib/ojt/schemas";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState, formValues } from "@/lib/validation/form-state";

// Thin, like every action: the acting supervisor comes from the session, never from the form;
// lib/ojt authorizes (the trainee must be a young member of their team), writes and audits.

export async function createOjtPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = ojtPlanInputSchema.safeParse({ ...formValues(formData), goals: goalsFromForm(formData) });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  let ojtPlanId: number;
  try {
    ojtPlanId = await createOjtPlan(actor, parsed.data);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath("/team/ojt");
  revalidatePath("/team");
  redirect(`/ojt/${ojtPlanId}?done=created` as Route);
}
