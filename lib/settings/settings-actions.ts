"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { countVerifiedOnlySchema, setCountVerifiedOnly } from "@/lib/settings/set-count-verified-only";
import { assertSettingsEditor } from "@/lib/settings/settings-access";
import { formStateFromError, refusedBeforeForm } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";

export type SettingFormState = FormState<Record<string, never>>;

const PAGE = "/city/settings";

/** Saves "dashboards count only confirmed records"; a colleague's change in between is a conflict. */
export async function saveCountVerifiedOnlyAction(_previous: SettingFormState, formData: FormData): Promise<SettingFormState> {
  const actor = await requireActor();
  const refused = refusedBeforeForm<Record<string, never>>(() => assertSettingsEditor(actor));
  if (refused) return refused;
  const parsed = countVerifiedOnlySchema.safeParse({ countVerifiedOnly: formData.get("countVerifiedOnly") ?? undefined, previous: formData.get("previous") ?? undefined });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await setCountVerifiedOnly(actor, parsed.data);
  } catch (error) {
    const state = formStateFromError<Record<string, never>>(error);
    revalidatePath(PAGE);
    return state;
  }
  revalidatePath(PAGE);
  redirect(`${PAGE}?done=saved` as Route);
}
