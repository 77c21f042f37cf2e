"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { RECORD_KINDS, type VerifyRecordInput, verifyRecords, VERIFY_BATCH_MAX } from "@/lib/records/verification/verify-record";
import { formStateFromError } from "@/lib/validation/action-result";
import type { FormState } from "@/lib/validation/form-state";

export type VerifyFormState = FormState<Record<string, never>>;

const PAGE = "/team/records";

/** "training:123:4" → the record and the version the supervisor was shown; anything else is null. */
function recordReference(value: FormDataEntryValue): VerifyRecordInput | null {
  if (typeof value !== "string") return null;
  const [kindName, id, version, ...rest] = value.split(":");
  const kind = RECORD_KINDS.find((known) => known === kindName);
  return kind && rest.length === 0 ? { kind, id: Number(id), version: Number(version) } : null;
}

/**
 * Confirms the records the supervisor ticked (`record`), or the one whose own button was
 * pressed (`one`, which wins: that button confirms its row only). lib/ checks every reference
 * (a forged one is not found and nothing is confirmed) and leaves out what changed since the page
 * was loaded; the page then says how many were confirmed and how many were left, and shows the
 * rest of the queue.
 */
export async function verifyRecordsAction(_previous: VerifyFormState, formData: FormData): Promise<VerifyFormState> {
  const actor = await requireActor();
  const chosen = formData.has("one") ? formData.getAll("one").slice(0, 1) : formData.getAll("record");
  if (chosen.length === 0) return { ok: false, fieldErrors: { record: "nothingSelected" } };
  const references = chosen.slice(0, VERIFY_BATCH_MAX + 1).map(recordReference);
  const valid = references.filter((reference) => reference !== null);
  if (valid.length < references.length) return { ok: false, fieldErrors: {}, formError: "notFound" };
  let result: { confirmed: number; changed: number };
  try {
    result = await verifyRecords(actor, valid);
  } catch (error) {
    const state = formStateFromError<Record<string, never>>(error);
    revalidatePath(PAGE);
    return state;
  }
  revalidatePath(PAGE);
  // A row's own button on a record changed since: said as such, with the latest version shown.
  if (formData.has("one") && result.confirmed === 0) return { ok: false, fieldErrors: {}, formError: "conflict" };
  revalidatePath("/team");
  redirect(`${PAGE}?done=verified&confirmed=${result.confirmed}&changed=${result.changed}` as Route);
}
