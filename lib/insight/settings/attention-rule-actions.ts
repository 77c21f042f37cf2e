"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import {
  attentionRuleDeleteTarget,
  attentionRuleSchema,
  attentionRuleTarget,
  deleteAttentionRule,
  saveAttentionRule,
} from "@/lib/insight/settings/attention-rules";
import { assertSettingsEditor } from "@/lib/insight/settings/settings-access";

const PAGE = "/city/settings";

/** Adds or changes a rule of 要確認 (the HR division's; a colleague's change in between is a conflict); the bureau pages read it at once. */
export const saveAttentionRuleAction = actorAction({
  wording: { sections: ["attentionRules"] },
  allow: assertSettingsEditor,
  target: attentionRuleTarget,
  schema: attentionRuleSchema,
  handle: saveAttentionRule,
  revalidate: [PAGE, { layout: "/bureau" }],
  redirect: () => `${PAGE}?done=rule#attention-rules`,
});

/** Removes a rule as the officer saw it; a colleague's change in between is a conflict. */
export const deleteAttentionRuleAction = actorAction({
  wording: { sections: ["attentionRules"] },
  allow: assertSettingsEditor,
  target: attentionRuleDeleteTarget,
  handle: deleteAttentionRule,
  revalidate: [PAGE, { layout: "/bureau" }],
  redirect: () => `${PAGE}?done=ruleDeleted#attention-rules`,
});
