"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { handoverNoteSchema } from "@/lib/people/transfers/schemas";
import { writeHandoverNote } from "@/lib/people/transfers/write-handover-note";

/**
 * THE example to copy when adding a form (README, "Adding an action and a form"): the form's
 * schema, the domain function (which decides who may write the note, and until when), and the
 * page that shows it. The form is components/transfers/handover-note-form.tsx.
 */
export const writeHandoverNoteAction = actorAction({
  schema: handoverNoteSchema,
  handle: writeHandoverNote,
  revalidate: (note) => [`/handovers/${note.transferId}`],
  done: "handoverNoteSaved",
});
