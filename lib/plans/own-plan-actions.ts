"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { addIndividualCommitment, dropIndividualCommitment, moveIndividualCommitment, updateIndividualCommitment } from "@/lib/commitments/individual-commitments";
import { recordIndividualProgress } from "@/lib/commitments/record-progress";
import { commitmentInputSchema, progressInputSchema } from "@/lib/commitments/schemas";
import { startOwnPlan } from "@/lib/plans/start-own-plan";
import { submitPlan, withdrawPlan } from "@/lib/plans/submit-plan";
import { imagesFromForm, planContentSchema, reflectionSchema } from "@/lib/plans/schemas";
import { updatePlanContent, updateReflection } from "@/lib/plans/update-plan";
import { formStateFromError } from "@/lib/validation/action-result";
import { id, optionalText, version } from "@/lib/validation/fields";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form-state";

// Thin actions: who is acting comes from the session, never from the form; the form's fields
// are parsed with zod; lib/ authorizes, validates what needs the database, writes and audits.

const planRef = z.object({ planId: id, fiscalYear: z.coerce.number().int().min(2000).max(2100) });
const commitmentRef = z.object({ commitmentId: id });

function planPath(fiscalYear: number) {
  return `/me/plans/${fiscalYear}`;
}

async function run(work: () => Promise<void>, paths: string[]): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    return formStateFromError(error);
  }
  for (const path of paths) revalidatePath(path);
  return { ok: true, fieldErrors: {} };
}

export async function startPlanAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100) }).safeParse({ fiscalYear: formData.get("fiscalYear") });
  if (!parsed.success) return;
  const { fiscalYear } = parsed.data;
  try {
    await startOwnPlan(actor, fiscalYear);
  } catch (error) {
    // A year that cannot be opened (not this year or next) leaves the page as it was.
    formStateFromError(error);
    return;
  }
  revalidatePath("/me");
  redirect(planPath(fiscalYear) as never);
}

export async function savePlanContentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const ref = planRef.safeParse(formValues(formData));
  const parsed = planContentSchema.safeParse({ ...formValues(formData), images: imagesFromForm(formData) });
  if (!ref.success || !parsed.success) return { ok: false, fieldErrors: parsed.success ? { _form: "invalid" } : fieldErrorsOf(parsed.error) };
  return run(() => updatePlanContent(actor, ref.data.planId, parsed.data), [planPath(ref.data.fiscalYear), "/me"]);
}

export async function saveReflectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const ref = planRef.safeParse(formValues(formData));
  const parsed = reflectionSchema.safeParse(formValues(formData));
  if (!ref.success || !parsed.success) return { ok: false, fieldErrors: parsed.success ? { _form: "invalid" } : fieldErrorsOf(parsed.error) };
  return run(() => updateReflection(actor, ref.data.planId, parsed.data), [planPath(ref.data.fiscalYear)]);
}

export async function submitPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = planRef.extend({ version }).safeParse(formValues(formData));
  if (!parsed.success) return { ok: false, fieldErrors: { _form: "invalid" } };
  return run(() => submitPlan(actor, parsed.data.planId, parsed.data.version), [planPath(parsed.data.fiscalYear), "/me", "/team"]);
}

export async function withdrawPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = planRef.extend({ version }).safeParse(formValues(formData));
  if (!parsed.success) return { ok: false, fieldErrors: { _form: "invalid" } };
  return run(() => withdrawPlan(actor, parsed.data.planId, parsed.data.version), [planPath(parsed.data.fiscalYear), "/me", "/team"]);
}

export async function addCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const ref = planRef.safeParse(values);
  const parsed = commitmentInputSchema.safeParse(values);
  if (!ref.success || !parsed.success) {
    return { ok: false, fieldErrors: parsed.success ? { _form: "invalid" } : fieldErrorsOf(parsed.error), values: values as never };
  }
  try {
    await addIndividualCommitment(actor, ref.data.planId, parsed.data);
  } catch (error) {
    return formStateFromError(error, values as never);
  }
  revalidatePath(planPath(ref.data.fiscalYear));
  redirect(`${planPath(ref.data.fiscalYear)}#commitments` as never);
}

export async function updateCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const ref = commitmentRef.extend({ version, fiscalYear: z.coerce.number().int() }).safeParse(values);
  const parsed = commitmentInputSchema.safeParse(values);
  if (!ref.success || !parsed.success) {
    return { ok: false, fieldErrors: parsed.success ? { _form: "invalid" } : fieldErrorsOf(parsed.error), values: values as never };
  }
  return run(() => updateIndividualCommitment(actor, ref.data.commitmentId, ref.data.version, parsed.data), [
    planPath(ref.data.fiscalYear),
    `${planPath(ref.data.fiscalYear)}/commitments/${ref.data.commitmentId}`,
  ]);
}

export async function moveCommitmentAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = commitmentRef.extend({ direction: z.enum(["up", "down"]), fiscalYear: z.coerce.number().int() }).safeParse(formValues(formData));
  if (!parsed.success) return;
  await moveIndividualCommitment(actor, parsed.data.commitmentId, parsed.data.direction).catch((error: unknown) => formStateFromError(error));
  revalidatePath(planPath(parsed.data.fiscalYear));
}

export async function dropCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = commitmentRef.extend({ version, fiscalYear: z.coerce.number().int(), reason: optionalText(1000) }).safeParse(formValues(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return run(() => dropIndividualCommitment(actor, parsed.data.commitmentId, parsed.data.version, parsed.data.reason), [
    planPath(parsed.data.fiscalYear),
    `${planPath(parsed.data.fiscalYear)}/commitments/${parsed.data.commitmentId}`,
  ]);
}

export async function recordProgressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const ref = commitmentRef.extend({ fiscalYear: z.coerce.number().int() }).safeParse(values);
  const parsed = progressInputSchema.safeParse(values);
  if (!ref.success || !parsed.success) {
    return { ok: false, fieldErrors: parsed.success ? { _form: "invalid" } : fieldErrorsOf(parsed.error), values: values as never };
  }
  return run(() => recordIndividualProgress(actor, ref.data.commitmentId, parsed.data), [
    planPath(ref.data.fiscalYear),
    `${planPath(ref.data.fiscalYear)}/commitments/${ref.data.commitmentId}`,
    "/me",
  ]);
}
