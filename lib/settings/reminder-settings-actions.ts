"use server";

import { requireActor } from "@/lib/auth/actor";
import { reminderSettingsFormSchema } from "@/lib/settings/reminder-settings";
import { saveReminderSettings } from "@/lib/settings/save-reminder-settings";
import { assertSettingsEditor } from "@/lib/settings/settings-access";
import { refusedBeforeForm } from "@/lib/validation/action-result";
import type { FormState } from "@/lib/validation/form-state";
import { submitForm } from "@/lib/validation/submit-form";

/** Thin: the HR division's role first, the form's schema, then lib/settings decides (audited). */
export async function saveReminderSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return refusedBeforeForm(() => assertSettingsEditor(actor)) ?? submitForm(formData, reminderSettingsFormSchema, (data) => saveReminderSettings(actor, data), "/city/settings");
}
