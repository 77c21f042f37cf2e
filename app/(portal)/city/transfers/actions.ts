"use server";

import { requireActor } from "@/lib/auth/actor";
import { cancelTransfer, scheduleTransfer } from "@/lib/transfers/schedule-transfer";
import { cancelTransferSchema, transferInputSchema } from "@/lib/transfers/schemas";
import type { FormState } from "@/lib/validation/form-state";
import { submitForm } from "@/lib/validation/submit-form";

const PAGE = "/city/transfers";

/** Thin: the form's schema, then lib/transfers decides (HR only, one transaction, audited). */
export async function scheduleTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return submitForm(formData, transferInputSchema, (data) => scheduleTransfer(actor, data), PAGE);
}

export async function cancelTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return submitForm(formData, cancelTransferSchema, (data) => cancelTransfer(actor, data), PAGE);
}
