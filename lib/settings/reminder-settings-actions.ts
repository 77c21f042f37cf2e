"use server";

import { actorAction } from "@/lib/actions/actor-action";
import { reminderSettingsFormSchema } from "@/lib/settings/reminder-settings";
import { saveReminderSettings } from "@/lib/settings/save-reminder-settings";
import { assertSettingsEditor } from "@/lib/settings/settings-access";

/** The HR division's role first, the form's schema, then lib/settings decides (audited). */
export const saveReminderSettingsAction = actorAction({ allow: assertSettingsEditor, schema: reminderSettingsFormSchema, handle: saveReminderSettings, revalidate: ["/city/settings"], done: "reminderSettingsSaved" });
