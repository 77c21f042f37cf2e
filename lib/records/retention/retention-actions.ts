"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { assertSettingsEditor } from "@/lib/insight/settings/settings-access";
import { retentionSettingsFormSchema } from "./retention-settings";
import { runRetentionNow, saveRetentionSettings } from "./save-retention-settings";

const PAGE = "/city/settings";

/** The HR division's retention periods: its role first, the form's schema, then lib/records/retention decides (audited). */
export const saveRetentionSettingsAction = actorAction({
  wording: { sections: ["retention"] },
  allow: assertSettingsEditor,
  schema: retentionSettingsFormSchema,
  handle: saveRetentionSettings,
  revalidate: [PAGE],
});

/** Runs the retention at once; the page shows the counts of the last run from the audit trail. */
export const runRetentionAction = actorAction({
  wording: { sections: ["retention"] },
  allow: assertSettingsEditor,
  handle: runRetentionNow,
  revalidate: [PAGE],
  redirect: () => `${PAGE}?done=retention#retention`,
});
