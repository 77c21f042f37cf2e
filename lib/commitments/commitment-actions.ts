"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { dropCommitment } from "@/lib/commitments/drop-commitment";
import { approveCommitment, commentOnCommitment, returnCommitment } from "@/lib/commitments/review-commitment";
import { progressInputSchema } from "@/lib/commitments/schemas";
import { recordCommitmentProgress, recordMetricSnapshot } from "@/lib/commitments/standalone-progress";
import { submitCommitment, withdrawCommitment } from "@/lib/commitments/submit-commitment";
import { newStandaloneCommitmentSchema, teamCommitmentSchema } from "@/lib/commitments/team-schemas";
import { updateCommitment } from "@/lib/commitments/update-commitment";
import { returnSchema, reviewSchema } from "@/lib/plans/schemas";
import { formStateFromError } from "@/lib/validation/action-result";
import { id, optionalText, version } from "@/lib/validation/fields";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form-state";

// Thin actions for team, bureau and city commitments (the level is the row's, never the form's,
// except when creating one): who is acting comes from the session, never from the
// form; fields are parsed with zod; lib/commitments authorizes, checks, writes and audits.

const ref = z.object({ commitmentId: id, version });

function refresh(commitmentId: number) {
  revalidatePath(`/commitments/${commitmentId}`);
  revalidatePath("/team/commitments");
  revalidatePath("/bureau/commitments");
  revalidatePath("/city/commitments");
}

async function run(commitmentId: number, work: () => Promise<void>, values?: Record<string, unknown>): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    return formStateFromError(error, values);
  }
  refresh(commitmentId);
  return { ok: true, fieldErrors: {} };
}

export async function createCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = newStandaloneCommitmentSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { level, ...input } = parsed.data;
  let commitmentId: number;
  try {
    commitmentId = await createCommitment(actor, level, input);
  } catch (error) {
    return formStateFromError(error, values);
  }
  refresh(commitmentId);
  redirect(`/commitments/${commitmentId}` as never);
}

export async function updateCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const target = ref.safeParse(values);
  const parsed = teamCommitmentSchema.safeParse(values);
  if (!target.success || !parsed.success) return { ok: false, fieldErrors: parsed.success ? { _form: "invalid" } : fieldErrorsOf(parsed.error), values };
  return run(target.data.commitmentId, () => updateCommitment(actor, target.data.commitmentId, target.data.version, parsed.data), values);
}

export async function submitCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const target = ref.safeParse(formValues(formData));
  if (!target.success) return { ok: false, fieldErrors: { _form: "invalid" } };
  return run(target.data.commitmentId, () => submitCommitment(actor, target.data.commitmentId, target.data.version));
}

export async function withdrawCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const target = ref.safeParse(formValues(formData));
  if (!target.success) return { ok: false, fieldErrors: { _form: "invalid" } };
  return run(target.data.commitmentId, () => withdrawCommitment(actor, target.data.commitmentId, target.data.version));
}

/** The reviewer's decision: approve, return (a comment is required) or only comment. */
export async function reviewCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const decision = z.object({ commitmentId: id, decision: z.enum(["approve", "return", "comment"]) }).safeParse(values);
  if (!decision.success) return { ok: false, fieldErrors: { _form: "invalid" } };
  const { commitmentId } = decision.data;
  const parsed = (decision.data.decision === "approve" ? reviewSchema : returnSchema).safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { version: seen, comment } = parsed.data;
  return run(
    commitmentId,
    () =>
      decision.data.decision === "approve"
        ? approveCommitment(actor, commitmentId, seen, comment)
        : decision.data.decision === "return"
          ? returnCommitment(actor, commitmentId, seen, comment)
          : commentOnCommitment(actor, commitmentId, comment),
    values,
  );
}

export async function recordCommitmentProgressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const target = z.object({ commitmentId: id }).safeParse(values);
  const parsed = progressInputSchema.safeParse(values);
  if (!target.success || !parsed.success) return { ok: false, fieldErrors: parsed.success ? { _form: "invalid" } : fieldErrorsOf(parsed.error), values };
  return run(target.data.commitmentId, () => recordCommitmentProgress(actor, target.data.commitmentId, parsed.data), values);
}

export async function recordMetricSnapshotAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = ref.extend({ note: optionalText() }).safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  return run(parsed.data.commitmentId, () => recordMetricSnapshot(actor, parsed.data.commitmentId, parsed.data.version, parsed.data.note), values);
}

export async function dropCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = ref.extend({ reason: optionalText(1000) }).safeParse(formValues(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return run(parsed.data.commitmentId, () => dropCommitment(actor, parsed.data.commitmentId, parsed.data.version, parsed.data.reason));
}
