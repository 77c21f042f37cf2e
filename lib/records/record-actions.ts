"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { attachmentChangeOf, attachmentUploadOf } from "@/lib/records/attachments/attachment-form";
import { createQualificationRecord } from "@/lib/records/create-qualification-record";
import { createTrainingRecord } from "@/lib/records/create-training-record";
import { deleteQualificationRecord } from "@/lib/records/delete-qualification-record";
import { deleteTrainingRecord } from "@/lib/records/delete-training-record";
import { isQualificationShownIn } from "@/lib/records/qualification-year";
import type { QualificationRecordView } from "@/lib/records/qualification-record-view";
import { qualificationInputSchema, recordRefSchema, returnFiscalYearSchema, trainingInputSchema } from "@/lib/records/schemas";
import { updateQualificationRecord } from "@/lib/records/update-qualification-record";
import { updateTrainingRecord } from "@/lib/records/update-training-record";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState, formValues } from "@/lib/validation/form-state";
import type { RecordDone } from "@/lib/records/record-done";

export type RecordFormState = FormState<Record<string, string>>;

const PAGE = "/me/records";

/** What the person typed, to refill the form after a refusal; ids and files are not echoed. */
function typedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(formValues(formData)).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
}

function pageOf(fiscalYear: number, done: RecordDone): Route {
  return `${PAGE}?fy=${fiscalYear}&done=${done}` as Route;
}

type RecordRef = z.output<typeof recordRefSchema>;

/** The record an edit or delete names, from hidden fields; a forged one is simply not found. */
function refOf(formData: FormData): RecordRef | null {
  const parsed = recordRefSchema.safeParse({ id: formData.get("id"), version: formData.get("version") });
  return parsed.success ? parsed.data : null;
}

const NO_SUCH_RECORD: RecordFormState = { ok: false, fieldErrors: {}, formError: "notFound" };

/**
 * The one shape of every action here: sign-in, validation with the form's schema, the domain
 * call, then back to the page. A record changed or removed elsewhere answers with its message
 * and a revalidated page, and without the typed values, so the form shows the latest version.
 */
async function submit<S extends z.ZodType>(schema: S, formData: FormData, write: (actor: Actor, data: z.output<S>) => Promise<Route>): Promise<RecordFormState> {
  const actor = await requireActor();
  const values = typedValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  let destination: Route;
  try {
    destination = await write(actor, parsed.data);
  } catch (error) {
    const state = formStateFromError<Record<string, string>>(error, values);
    if (state.formError !== "conflict" && state.formError !== "notFound") return state;
    revalidatePath(PAGE);
    return { ...state, values: undefined };
  }
  revalidatePath(PAGE);
  redirect(destination);
}

/** A qualification goes back to the year the person was looking at if it shows there. */
function qualificationYear(record: QualificationRecordView, formData: FormData): number {
  const { fy } = returnFiscalYearSchema.parse({ fy: formData.get("fy") ?? undefined });
  return fy !== undefined && isQualificationShownIn(record, fy) ? fy : fiscalYearOf(record.obtainedOn);
}

const backTo = (fy: number | undefined, done: RecordDone): Route => (fy === undefined ? (PAGE as Route) : pageOf(fy, done));

export async function createTrainingAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return submit(trainingInputSchema, formData, async (actor, data) => {
    await createTrainingRecord(actor, { ...data, attachment: await attachmentUploadOf(formData) });
    return pageOf(data.fiscalYear, "trainingCreated");
  });
}

export async function updateTrainingAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const ref = refOf(formData);
  if (!ref) return NO_SUCH_RECORD;
  return submit(trainingInputSchema, formData, async (actor, data) => {
    await updateTrainingRecord(actor, ref.id, ref.version, { ...data, attachment: await attachmentChangeOf(formData) });
    return pageOf(data.fiscalYear, "trainingUpdated");
  });
}

export async function deleteTrainingAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const ref = refOf(formData);
  if (!ref) return NO_SUCH_RECORD;
  return submit(returnFiscalYearSchema, formData, async (actor, { fy }) => {
    await deleteTrainingRecord(actor, ref.id, ref.version);
    return backTo(fy, "trainingDeleted");
  });
}

export async function createQualificationAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return submit(qualificationInputSchema, formData, async (actor, data) => {
    const record = await createQualificationRecord(actor, { ...data, attachment: await attachmentUploadOf(formData) });
    return pageOf(qualificationYear(record, formData), "qualificationCreated");
  });
}

export async function updateQualificationAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const ref = refOf(formData);
  if (!ref) return NO_SUCH_RECORD;
  return submit(qualificationInputSchema, formData, async (actor, data) => {
    const record = await updateQualificationRecord(actor, ref.id, ref.version, { ...data, attachment: await attachmentChangeOf(formData) });
    return pageOf(qualificationYear(record, formData), "qualificationUpdated");
  });
}

export async function deleteQualificationAction(_previous: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const ref = refOf(formData);
  if (!ref) return NO_SUCH_RECORD;
  return submit(returnFiscalYearSchema, formData, async (actor, { fy }) => {
    await deleteQualificationRecord(actor, ref.id, ref.version);
    return backTo(fy, "qualificationDeleted");
  });
}
