"use server";

import { requireActor } from "@/lib/auth/actor";
import { assertTransferAdmin, cancelTransfer, scheduleTransfer } from "@/lib/transfers/schedule-transfer";
import { cancelTransferSchema, transferInputSchema } from "@/lib/transfers/schemas";
import { refusedBeforeForm } from "@/lib/validation/action-result";
import type { FormState } from "@/lib/validation/form-state";
import { submitForm } from "@/lib/validation/submit-form";

const PAGE = "/city/transfers";

/** Thin: the HR division's role first, the form's schema, then lib/transfers decides (one transaction, audited). */
export async function scheduleTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return refusedBeforeForm(() => assertTransferAdmin(actor)) ?? submitForm(formData, transferInputSchema, (data) => scheduleTransfer(actor, data), PAGE);
}

export async function cancelTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return refusedBeforeForm(() => assertTransferAdmin(actor)) ?? submitForm(formData, cancelTransferSchema, (data) => cancelTransfer(actor, data), PAGE);
}
