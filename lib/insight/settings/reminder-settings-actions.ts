"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { reminderSettingsFormSchema } from "@/lib/insight/settings/reminder-settings";
import { saveReminderSettings } from "@/lib/insight/settings/save-reminder-settings";
import { assertSettingsEditor } from "@/lib/insight/settings/settings-access";

/** The HR division's role first, the form's schema, then lib/insight/settings decides (audited). */
export const saveReminderSettingsAction = actorAction({
  allow: assertSettingsEditor,
  schema: reminderSettingsFormSchema,
  handle: saveReminderSettings,
  revalidate: ["/city/settings"],
  done: "reminderSettingsSaved",
});
