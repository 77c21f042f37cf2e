"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import type { Actor } from "@/lib/platform/auth/roles";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { attachmentChange, attachmentFieldsSchema, attachmentInput } from "@/lib/records/attachments/attachment-form";
import { createQualificationRecord } from "@/lib/records/qualification-records";
import { createTrainingRecord } from "@/lib/records/training-records";
import { deleteQualificationRecord } from "@/lib/records/qualification-records";
import { deleteTrainingRecord } from "@/lib/records/training-records";
import { isQualificationShownIn } from "@/lib/records/qualification-year";
import type { QualificationRecordView } from "@/lib/records/qualification-record-view";
import { qualificationInputSchema, recordRefSchema, returnFiscalYearSchema, trainingInputSchema } from "@/lib/records/schemas";
import { updateQualificationRecord } from "@/lib/records/qualification-records";
import { updateTrainingRecord } from "@/lib/records/training-records";
import { type Confirmation, type FormState, textValues } from "@/lib/platform/validation/form-state";

export type RecordFormState = FormState<Record<string, string>> & { savedId?: number };

const PAGE = "/me/records";
/** the list and the forms' own pages under it (training/new, training/<id>/edit…) */
const PAGES = [{ layout: PAGE }];

/** The typed fields and the certificate (a file, or its removal), read in the same pass. */
const withAttachment = (formData: FormData) => ({ ...textValues(formData), ...attachmentInput(formData) });

/**
 * A saved qualification shows in the year the person was looking at, or, when its dates put it
 * in another, the confirmation says which and leads there (the list in view no longer holds it).
 */
function qualificationSaved(key: string, record: QualificationRecordView, fy: number | undefined): Confirmation {
  if (fy === undefined || isQualificationShownIn(record, fy)) return { key, next: backToList(fy, "qualifications") };
  return { key, next: { href: `${PAGE}?fy=${fiscalYearOf(record.obtainedOn)}#qualifications`, key: "recordInOtherYear" } };
}

/** The forms have pages of their own: a saved record's confirmation leads back to the year's list. */
function backToList(fiscalYear: number | undefined, section: "training" | "qualifications"): NonNullable<Confirmation["next"]> {
  return { href: `${PAGE}${fiscalYear === undefined ? "" : `?fy=${fiscalYear}`}#${section}`, key: "backToRecords" };
}

/** A delete names the record and its version; the list it was on confirms it (components/records/record-deletion.tsx). */
function deleting(remove: (actor: Actor, id: number, version: number) => Promise<void>, done: string) {
  return actorAction({
    wording: { sections: ["records", "verifiedRecords"] },
    target: recordRefSchema,
    schema: returnFiscalYearSchema,
    handle: (actor, { id, version }) => remove(actor, id, version),
    revalidate: PAGES,
    done,
  });
}

const training = trainingInputSchema.and(attachmentFieldsSchema);
const qualification = qualificationInputSchema.and(attachmentFieldsSchema).and(returnFiscalYearSchema);

// A form stays on its page and confirms there, with the way back to the list; `savedId` gives the
// add form a clean slate for the next record.
export const createTrainingAction = actorAction({
  wording: { sections: ["records", "verifiedRecords"] },
  schema: training,
  input: withAttachment,
  handle: async (actor, { attachment, removeAttachment, ...data }) =>
    createTrainingRecord(actor, { ...data, attachment: (await attachmentChange({ attachment, removeAttachment })) ?? undefined }),
  revalidate: PAGES,
  done: (record) => ({ key: "trainingCreated", next: backToList(record.fiscalYear, "training") }),
  answer: (record) => ({ savedId: record.id }),
});

export const updateTrainingAction = actorAction({
  wording: { sections: ["records", "verifiedRecords"] },
  target: recordRefSchema,
  schema: training,
  input: withAttachment,
  handle: async (actor, { id, version, attachment, removeAttachment, ...data }) =>
    updateTrainingRecord(actor, id, version, { ...data, attachment: await attachmentChange({ attachment, removeAttachment }) }),
  revalidate: PAGES,
  done: (record) => ({ key: "trainingUpdated", next: backToList(record.fiscalYear, "training") }),
});

export const deleteTrainingAction = deleting(deleteTrainingRecord, "trainingDeleted");

export const createQualificationAction = actorAction({
  wording: { sections: ["records", "verifiedRecords"] },
  schema: qualification,
  input: withAttachment,
  handle: async (actor, { attachment, removeAttachment, fy: _fy, ...data }) =>
    createQualificationRecord(actor, { ...data, attachment: (await attachmentChange({ attachment, removeAttachment })) ?? undefined }),
  revalidate: PAGES,
  done: (record, { fy }) => qualificationSaved("qualificationCreated", record, fy),
  answer: (record) => ({ savedId: record.id }),
});

export const updateQualificationAction = actorAction({
  wording: { sections: ["records", "verifiedRecords"] },
  target: recordRefSchema,
  schema: qualification,
  input: withAttachment,
  handle: async (actor, { id, version, attachment, removeAttachment, fy: _fy, ...data }) =>
    updateQualificationRecord(actor, id, version, { ...data, attachment: await attachmentChange({ attachment, removeAttachment }) }),
  revalidate: PAGES,
  done: (record, { fy }) => qualificationSaved("qualificationUpdated", record, fy),
});

export const deleteQualificationAction = deleting(deleteQualificationRecord, "qualificationDeleted");
