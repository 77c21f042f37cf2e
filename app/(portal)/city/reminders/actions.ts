"use server";

import { requireActor } from "@/lib/auth/actor";
import { reminderSettingsFormSchema } from "@/lib/settings/reminder-settings";
import { saveReminderSettings } from "@/lib/settings/save-reminder-settings";
import type { FormState } from "@/lib/validation/form-state";
import { submitForm } from "@/lib/validation/submit-form";

/** Thin: the form's schema, then lib/settings decides (HR only, audited). */
export async function saveReminderSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return submitForm(formData, reminderSettingsFormSchema, (data) => saveReminderSettings(actor, data), "/city/reminders");
}
