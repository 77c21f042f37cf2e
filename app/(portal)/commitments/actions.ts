"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { progressInputSchema } from "@/lib/commitments/schemas";
import { createTeamCommitment } from "@/lib/commitments/team-create";
import { dropTeamCommitment } from "@/lib/commitments/team-drop";
import { recordTeamMetricSnapshot, recordTeamProgress } from "@/lib/commitments/team-progress";
import { approveTeamCommitment, commentOnTeamCommitment, returnTeamCommitment } from "@/lib/commitments/team-review";
import { newTeamCommitmentSchema, teamCommitmentSchema } from "@/lib/commitments/team-schemas";
import { submitTeamCommitment, withdrawTeamCommitment } from "@/lib/commitments/team-submit";
import { updateTeamCommitment } from "@/lib/commitments/team-update";
import { returnSchema, reviewSchema } from "@/lib/plans/schemas";
import { formStateFromError } from "@/lib/validation/action-result";
import { id, optionalText, version } from "@/lib/validation/fields";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form-state";

// Thin actions for team commitments: who is acting comes from the session, never from the
// form; fields are parsed with zod; lib/commitments authorizes, checks, writes and audits.

const ref = z.object({ commitmentId: id, version });

function refresh(commitmentId: number) {
  revalidatePath(`/commitments/${commitmentId}`);
  revalidatePath("/team/commitments");
  revalidatePath("/bureau/commitments");
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

export async function createTeamCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = newTeamCommitmentSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  let commitmentId: number;
  try {
    commitmentId = await createTeamCommitment(actor, parsed.data);
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath("/team/commitments");
  redirect(`/commitments/${commitmentId}` as never);
}

export async function updateTeamCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const target = ref.safeParse(values);
  const parsed = teamCommitmentSchema.safeParse(values);
  if (!target.success || !parsed.success) return { ok: false, fieldErrors: parsed.success ? { _form: "invalid" } : fieldErrorsOf(parsed.error), values };
  return run(target.data.commitmentId, () => updateTeamCommitment(actor, target.data.commitmentId, target.data.version, parsed.data), values);
}

export async function submitTeamCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const target = ref.safeParse(formValues(formData));
  if (!target.success) return { ok: false, fieldErrors: { _form: "invalid" } };
  return run(target.data.commitmentId, () => submitTeamCommitment(actor, target.data.commitmentId, target.data.version));
}

export async function withdrawTeamCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const target = ref.safeParse(formValues(formData));
  if (!target.success) return { ok: false, fieldErrors: { _form: "invalid" } };
  return run(target.data.commitmentId, () => withdrawTeamCommitment(actor, target.data.commitmentId, target.data.version));
}

/** The bureau coordinator's decision: approve, return (a comment is required) or only comment. */
export async function reviewTeamCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
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
        ? approveTeamCommitment(actor, commitmentId, seen, comment)
        : decision.data.decision === "return"
          ? returnTeamCommitment(actor, commitmentId, seen, comment)
          : commentOnTeamCommitment(actor, commitmentId, comment),
    values,
  );
}

export async function recordTeamProgressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const target = z.object({ commitmentId: id }).safeParse(values);
  const parsed = progressInputSchema.safeParse(values);
  if (!target.success || !parsed.success) return { ok: false, fieldErrors: parsed.success ? { _form: "invalid" } : fieldErrorsOf(parsed.error), values };
  return run(target.data.commitmentId, () => recordTeamProgress(actor, target.data.commitmentId, parsed.data), values);
}

export async function recordTeamMetricSnapshotAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = ref.extend({ note: optionalText() }).safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  return run(parsed.data.commitmentId, () => recordTeamMetricSnapshot(actor, parsed.data.commitmentId, parsed.data.version, parsed.data.note), values);
}

export async function dropTeamCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = ref.extend({ reason: optionalText(1000) }).safeParse(formValues(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return run(parsed.data.commitmentId, () => dropTeamCommitment(actor, parsed.data.commitmentId, parsed.data.version, parsed.data.reason));
}
