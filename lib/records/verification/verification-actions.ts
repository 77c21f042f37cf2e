"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { verifyRecord, verifyRecordSchema } from "@/lib/records/verification/verify-record";
import { formStateFromError } from "@/lib/validation/action-result";
import type { FormState } from "@/lib/validation/form-state";

export type VerifyFormState = FormState<Record<string, never>>;

const PAGE = "/team/records";

/**
 * Confirms one record of the supervisor's team. A forged reference is simply not found; a
 * record changed or confirmed since the page was loaded comes back as a conflict with the page
 * revalidated, so the supervisor sees the latest version before confirming anything.
 */
export async function verifyRecordAction(_previous: VerifyFormState, formData: FormData): Promise<VerifyFormState> {
  const actor = await requireActor();
  const parsed = verifyRecordSchema.safeParse({ kind: formData.get("kind"), id: formData.get("id"), version: formData.get("version") });
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "notFound" };
  try {
    await verifyRecord(actor, parsed.data);
  } catch (error) {
    const state = formStateFromError<Record<string, never>>(error);
    revalidatePath(PAGE);
    return state;
  }
  revalidatePath(PAGE);
  revalidatePath("/team");
  redirect(`${PAGE}?done=verified` as Route);
}
