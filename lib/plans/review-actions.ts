"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { approvePlan, commentOnPlan, returnPlan } from "@/lib/plans/review-plan";
import { returnSchema, reviewSchema } from "@/lib/plans/schemas";
import { formStateFromError } from "@/lib/validation/action-result";
import { id } from "@/lib/validation/fields";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form-state";

const decisionSchema = z.object({ planId: id, decision: z.enum(["approve", "return", "comment"]) });

/** The supervisor's decision on a plan: approve, return (a comment is required) or only comment. */
export async function reviewPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const ref = decisionSchema.safeParse(values);
  if (!ref.success) return { ok: false, fieldErrors: { _form: "invalid" } };
  const parsed = (ref.data.decision === "return" || ref.data.decision === "comment" ? returnSchema : reviewSchema).safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: values as never };
  const { planId, decision } = ref.data;
  try {
    if (decision === "approve") await approvePlan(actor, planId, parsed.data.version, parsed.data.comment);
    else if (decision === "return") await returnPlan(actor, planId, parsed.data.version, parsed.data.comment);
    else await commentOnPlan(actor, planId, parsed.data.comment);
  } catch (error) {
    return formStateFromError(error, values as never);
  }
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/team");
  return { ok: true, fieldErrors: {} };
}
