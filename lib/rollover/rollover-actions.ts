"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { assertRolloverAdmin, openNextFiscalYear, type RolloverResult } from "@/lib/rollover/rollover";
import { formStateFromError, refusedBeforeForm } from "@/lib/validation/action-result";
import type { FormState } from "@/lib/validation/form-state";

export type RolloverFormState = FormState & { result?: RolloverResult };

/** Thin: the HR division's role first, then the form, then lib/rollover decides (one transaction); reports the counts. */
export async function openNextFiscalYearAction(_previous: RolloverFormState, formData: FormData): Promise<RolloverFormState> {
  const actor = await requireActor();
  const refused = refusedBeforeForm(() => assertRolloverAdmin(actor));
  if (refused) return refused;
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
