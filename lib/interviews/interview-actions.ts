"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { acceptInterviewAction } from "@/lib/interviews/accept-interview-action";
import { declineInterviewAction } from "@/lib/interviews/decline-interview-action";
import { recordInterview } from "@/lib/interviews/record-interview";
import { actionsFromForm, fieldOfSlot, interviewInputSchema, interviewUpdateSchema } from "@/lib/interviews/schemas";
import { updateInterview } from "@/lib/interviews/update-interview";
import { formStateFromError } from "@/lib/validation/action-result";
import { id } from "@/lib/validation/fields";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form-state";

// Thin actions: who is acting comes from the session, never from the form; the form's fields
// are parsed with zod; lib/interviews authorizes, checks what needs the database, writes,
// audits and notifies.

/** Field errors of the compacted action list, moved back to the form slot they came from. */
function inSlots(errors: Record<string, string>, slots: readonly number[]): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [fieldOfSlot(field, slots), key]));
}

/**
 * The domain's refusals as a form answer. A refusal with its own message (the plan is under
 * review…) keeps it; a conflict or a vanished record refreshes the page's data.
 */
function refusal(error: unknown, slots: readonly number[], interviewId?: number): FormState {
  const state = formStateFromError(error);
  if (state.formError === "conflict" || state.formError === "notFound") revalidateInterviewPages(interviewId);
  if (error instanceof AppError && error.code === "NOT_ALLOWED" && error.messageKey) return { ...state, formError: error.messageKey };
  return { ...state, fieldErrors: inSlots(state.fieldErrors, slots) };
}

function parseInterview<S extends z.ZodType>(schema: S, formData: FormData) {
  const { actions, slots } = actionsFromForm(formData);
  const parsed = schema.safeParse({ ...formValues(formData), actions });
  return { parsed, slots, invalid: (): FormState => ({ ok: false, fieldErrors: parsed.success ? {} : inSlots(fieldErrorsOf(parsed.error), slots) }) };
}

function revalidateInterviewPages(interviewId?: number) {
  for (const path of ["/team/interviews", "/team", "/me/interviews", "/me/records", "/me"]) revalidatePath(path);
  if (interviewId !== undefined) revalidatePath(`/interviews/${interviewId}`);
}

export async function recordInterviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const { parsed, slots, invalid } = parseInterview(interviewInputSchema, formData);
  if (!parsed.success) return invalid();
  let interviewId: number;
  try {
    interviewId = await recordInterview(actor, parsed.data);
  } catch (error) {
    return refusal(error, slots);
  }
  revalidateInterviewPages();
  redirect(`/interviews/${interviewId}?done=recorded` as Route);
}

export async function updateInterviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const ref = z.object({ interviewId: id }).safeParse(formValues(formData));
  if (!ref.success) return { ok: false, fieldErrors: {}, formError: "notFound" };
  const { parsed, slots, invalid } = parseInterview(interviewUpdateSchema, formData);
  if (!parsed.success) return invalid();
  try {
    await updateInterview(actor, ref.data.interviewId, parsed.data);
  } catch (error) {
    return refusal(error, slots, ref.data.interviewId);
  }
  revalidateInterviewPages(ref.data.interviewId);
  redirect(`/interviews/${ref.data.interviewId}?done=updated` as Route);
}

// Where the employee answered from: their list of interviews, or the interview's own page.
const decisionSchema = z.object({ actionId: id, interviewId: id, from: z.enum(["mine", "detail"]), decision: z.enum(["accept", "decline"]) });

/** The employee accepts (into their plan) or declines an action agreed in their interview. */
export async function decideInterviewActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = decisionSchema.safeParse(formValues(formData));
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "notFound" };
  const { actionId, interviewId, from, decision } = parsed.data;
  let fiscalYear: number | undefined;
  try {
    if (decision === "accept") fiscalYear = (await acceptInterviewAction(actor, actionId)).fiscalYear;
    else await declineInterviewAction(actor, actionId);
  } catch (error) {
    return refusal(error, [], interviewId);
  }
  revalidateInterviewPages(interviewId);
  if (fiscalYear !== undefined) revalidatePath(`/me/plans/${fiscalYear}`);
  const done = decision === "accept" ? "accepted" : "declined";
  const page = from === "mine" ? `/me/interviews?done=${done}` : `/interviews/${interviewId}?done=${done}`;
  redirect(`${page}#interview-${interviewId}` as Route);
}
