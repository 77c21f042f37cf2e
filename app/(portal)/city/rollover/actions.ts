"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { openNextFiscalYear, type RolloverResult } from "@/lib/rollover/rollover";
import { formStateFromError } from "@/lib/validation/action-result";
import type { FormState } from "@/lib/validation/form-state";

export type RolloverFormState = FormState & { result?: RolloverResult };

/** Thin: reads the form, lets lib/rollover decide (HR only, one transaction), reports the counts. */
export async function openNextFiscalYearAction(_previous: RolloverFormState, formData: FormData): Promise<RolloverFormState> {
  const actor = await requireActor();
  if (formData.get("confirm") !== "on") return { ok: false, fieldErrors: { confirm: "required" } };
  const fromYear = Number(formData.get("fromYear"));
  const carry = {
    individual: formData.get("individual") === "on",
    team: formData.get("team") === "on",
    bureau: formData.get("bureau") === "on",
    city: formData.get("city") === "on",
  };
  try {
    const result = await openNextFiscalYear(actor, { fromYear, carry });
    revalidatePath("/city/rollover");
    return { ok: true, fieldErrors: {}, result };
  } catch (error) {
    return formStateFromError(error);
  }
}
