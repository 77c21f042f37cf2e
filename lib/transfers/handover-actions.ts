"use server";

import { requireActor } from "@/lib/auth/actor";
import { handoverNoteSchema } from "@/lib/transfers/schemas";
import { writeHandoverNote } from "@/lib/transfers/write-handover-note";
import type { FormState } from "@/lib/validation/form-state";
import { submitForm } from "@/lib/validation/submit-form";

/** The previous supervisor's handover note; lib/transfers decides who may write it, and until when. */
export async function writeHandoverNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  // The page of this very transfer; an id that is not a number fails the schema before it is used.
  const page = `/handovers/${Number(formData.get("transferId")) || 0}`;
  return submitForm(formData, handoverNoteSchema, (data) => writeHandoverNote(actor, data), page);
}
