"use server";

import { actorAction } from "@/lib/actions/actor-action";
import type { Actor } from "@/lib/auth/roles";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { attachmentChange, attachmentFieldsSchema, attachmentInput } from "@/lib/records/attachments/attachment-form";
import { createQualificationRecord } from "@/lib/records/qualification-records";
import { createTrainingRecord } from "@/lib/records/training-records";
import { deleteQualificationRecord } from "@/lib/records/qualification-records";
import { deleteTrainingRecord } from "@/lib/records/training-records";
import { isQualificationShownIn } from "@/lib/records/qualification-year";
import type { QualificationRecordView } from "@/lib/records/qualification-record-view";
import type { RecordDone } from "@/lib/records/record-done";
import { qualificationInputSchema, recordRefSchema, returnFiscalYearSchema, trainingInputSchema } from "@/lib/records/schemas";
import { updateQualificationRecord } from "@/lib/records/qualification-records";
import { updateTrainingRecord } from "@/lib/records/training-records";
import { type FormState, textValues } from "@/lib/validation/form-state";

export type RecordFormState = FormState<Record<string, string>>;

const PAGE = "/me/records";

// The records page shows the confirmation named in its address, for the year saved in.
const pageOf = (fiscalYear: number, done: RecordDone) => `${PAGE}?fy=${fiscalYear}&done=${done}`;
const backTo = (fy: number | undefined, done: RecordDone) => (fy === undefined ? PAGE : pageOf(fy, done));

/** The typed fields and the certificate (a file, or its removal), read in the same pass. */
const withAttachment = (formData: FormData) => ({ ...textValues(formData), ...attachmentInput(formData) });

/** A qualification goes back to the year the person was looking at if it shows there. */
const qualificationYear = (record: QualificationRecordView, fy: number | undefined) => (fy !== undefined && isQualificationShownIn(record, fy) ? fy : fiscalYearOf(record.obtainedOn));

/** A delete names the record and its version, and goes back to the year the person was looking at. */
function deleting(remove: (actor: Actor, id: number, version: number) => Promise<void>, done: RecordDone) {
  return actorAction({
    target: recordRefSchema,
    schema: returnFiscalYearSchema,
    handle: (actor, { id, version }) => remove(actor, id, version),
    revalidate: [PAGE],
    redirect: (_, { fy }) => backTo(fy, done),
  });
}

const training = trainingInputSchema.and(attachmentFieldsSchema);
const qualification = qualificationInputSchema.and(attachmentFieldsSchema).and(returnFiscalYearSchema);

export const createTrainingAction = actorAction({
  schema: training,
  input: withAttachment,
  handle: async (actor, { attachment, removeAttachment, ...data }) => createTrainingRecord(actor, { ...data, attachment: (await attachmentChange({ attachment, removeAttachment })) ?? undefined }),
  revalidate: [PAGE],
  redirect: (_, data) => pageOf(data.fiscalYear, "trainingCreated"),
});

export const updateTrainingAction = actorAction({
  target: recordRefSchema,
  schema: training,
  input: withAttachment,
  handle: async (actor, { id, version, attachment, removeAttachment, ...data }) => updateTrainingRecord(actor, id, version, { ...data, attachment: await attachmentChange({ attachment, removeAttachment }) }),
  revalidate: [PAGE],
  redirect: (_, data) => pageOf(data.fiscalYear, "trainingUpdated"),
});

export const deleteTrainingAction = deleting(deleteTrainingRecord, "trainingDeleted");

export const createQualificationAction = actorAction({
  schema: qualification,
  input: withAttachment,
  handle: async (actor, { attachment, removeAttachment, fy: _fy, ...data }) => createQualificationRecord(actor, { ...data, attachment: (await attachmentChange({ attachment, removeAttachment })) ?? undefined }),
  revalidate: [PAGE],
  redirect: (record, { fy }) => pageOf(qualificationYear(record, fy), "qualificationCreated"),
});

export const updateQualificationAction = actorAction({
  target: recordRefSchema,
  schema: qualification,
  input: withAttachment,
  handle: async (actor, { id, version, attachment, removeAttachment, fy: _fy, ...data }) =>
    updateQualificationRecord(actor, id, version, { ...data, attachment: await attachmentChange({ attachment, removeAttachment }) }),
  revalidate: [PAGE],
  redirect: (record, { fy }) => pageOf(qualificationYear(record, fy), "qualificationUpdated"),
});

export const deleteQualificationAction = deleting(deleteQualificationRecord, "qualificationDeleted");
