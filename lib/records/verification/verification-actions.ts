"use server";

import { z } from "zod";
import { actorAction } from "@/lib/platform/actions/actor-action";
import { hasRole } from "@/lib/platform/auth/roles";
import { conflict } from "@/lib/platform/errors";
import { countRecordsToVerify, RECORDS_TO_VERIFY_ID } from "@/lib/records/verification/find-records-to-verify";
import { RECORD_KINDS, verifyRecords, VERIFY_BATCH_MAX } from "@/lib/records/verification/verify-record";
import type { FormState } from "@/lib/platform/validation/form-state";

export type VerifyFormState = FormState<Record<string, string>>;

const PAGE = "/team/records";

/** "training:123:4": a record and the version the supervisor was shown. */
const reference = z
  .string()
  .regex(/^[a-z]+:\d{1,10}:\d{1,10}$/)
  .transform((value) => {
    const [kind, id, version] = value.split(":");
    return { kind, id: Number(id), version: Number(version) };
  })
  .pipe(z.object({ kind: z.enum(RECORD_KINDS), id: z.number(), version: z.number() }));

/**
 * Confirms the records the supervisor ticked (`record`, one or a page of them). A reference that
 * is not one is forged (not found); lib/ checks every record's scope (one out of scope: nothing
 * is confirmed) and leaves out what changed since the page was loaded. The form then says how
 * many were confirmed and how many were left, and how many still wait, with the way on to them
 * (the refreshed queue); when every ticked record had changed, it is a conflict, and the page
 * shows them as they are now. The HR division confirms from a person's records: no queue.
 */
export const verifyRecordsAction = actorAction({
  wording: { sections: ["verifiedRecords"] },
  input: (formData) => {
    const chosen = formData.getAll("record");
    return { references: chosen, selected: chosen.length };
  },
  target: z.object({ references: z.array(reference).max(VERIFY_BATCH_MAX) }),
  schema: z.object({ selected: z.number().min(1, { error: "validation.nothingSelected" }) }),
  fieldName: (field) => (field === "selected" ? "record" : field),
  handle: async (actor, { references }) => {
    const result = await verifyRecords(actor, references);
    // Nothing left to confirm: every ticked record changed since. Said as such, with the page
    // showing them as they are now.
    if (result.confirmed === 0) throw conflict("record");
    const remaining = hasRole(actor, "SUPERVISOR") ? await countRecordsToVerify(actor) : null;
    return { ...result, remaining };
  },
  revalidate: [PAGE, "/team"],
  done: ({ confirmed, changed, remaining }) => ({
    key: "recordsConfirmed",
    values: { confirmed, changed, queue: remaining === 0 ? "empty" : "more" },
    ...(remaining ? { next: { href: `${PAGE}#${RECORDS_TO_VERIFY_ID}`, key: "nextRecords", values: { remaining } } } : {}),
  }),
});
